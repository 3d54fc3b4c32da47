// One seed for every property test of the repository, so that CI is deterministic and any run can
// be replayed: ERRS_FUZZ_SEED when set, a fixed default under CI=true, a random one elsewhere.

// `inject('fuzzSeed')` in a test file: the run's seed (see vitest/global-setup.ts), typed wherever
// @errs/testkit is imported.
declare module 'vitest' {
  export interface ProvidedContext {
    fuzzSeed: number;
  }
}

/** The seed CI uses when ERRS_FUZZ_SEED is not set. */
export const CI_FUZZ_SEED = 271828;

/** Where a run's seed came from. */
export type SeedSource = 'ERRS_FUZZ_SEED' | 'CI default' | 'random';

/** A run's seed, and where it came from. */
export interface FuzzSeed {
  readonly seed: number;
  readonly source: SeedSource;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The seed of this run. Throws a TypeError for an ERRS_FUZZ_SEED that is not a 32-bit integer,
 * rather than fuzzing with a seed nobody asked for.
 */
export function fuzzSeed(env: Env = process.env, random: () => number = Math.random): FuzzSeed {
  const given = env.ERRS_FUZZ_SEED;
  if (given !== undefined && given.trim() !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 32) {
      throw new TypeError(`ERRS_FUZZ_SEED must be an integer that fits in 32 bits, got ${JSON.stringify(given)}`);
    }
    return { seed: seed | 0, source: 'ERRS_FUZZ_SEED' };
  }
  if (env.CI === 'true' || env.CI === '1') return { seed: CI_FUZZ_SEED, source: 'CI default' };
  return { seed: Math.floor(random() * 2 ** 31), source: 'random' };
}

/** The line a run prints once, before its first property. */
export function seedLine({ seed, source }: FuzzSeed): string {
  return `fuzz seed: ${seed} (${source}; replay with ERRS_FUZZ_SEED=${seed})`;
}

/** fast-check's report of a failed property, with the command that replays it. */
export function replayHint(report: string, seed: number): string {
  return `${report}\n\nReplay this run with ERRS_FUZZ_SEED=${seed} (and the same ERRS_FUZZ_RUNS, if set).`;
}

/**
 * The number of runs of a property: `runs` by default; ERRS_FUZZ_RUNS, where set, scales it by
 * ERRS_FUZZ_RUNS / 100 000 (the hostile suite's own default, which it takes as is).
 */
export function fuzzRuns(runs: number, env: Env = process.env): number {
  const given = Number(env.ERRS_FUZZ_RUNS);
  if (!Number.isFinite(given) || given <= 0) return runs;
  return Math.max(1, Math.round((runs * given) / 100_000));
}
