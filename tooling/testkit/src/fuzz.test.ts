import { describe, expect, it } from 'vitest';
import { foreignBodiesFor } from './examples.js';
import { CI_FUZZ_SEED, fuzzRuns, fuzzSeed, replayHint, seedLine } from './fuzz.js';

describe('fuzzSeed', () => {
  it('takes ERRS_FUZZ_SEED first, then the CI default, then a random seed', () => {
    expect(fuzzSeed({ ERRS_FUZZ_SEED: '12', CI: 'true' })).toEqual({ seed: 12, source: 'ERRS_FUZZ_SEED' });
    expect(fuzzSeed({ CI: 'true' })).toEqual({ seed: CI_FUZZ_SEED, source: 'CI default' });
    expect(fuzzSeed({ CI: '1', ERRS_FUZZ_SEED: ' ' })).toEqual({ seed: CI_FUZZ_SEED, source: 'CI default' });
    expect(fuzzSeed({}, () => 0.5)).toEqual({ seed: 2 ** 30, source: 'random' });
  });

  it('refuses a seed that is not a 32-bit integer, rather than fuzzing with another', () => {
    for (const bad of ['1.5', 'abc', String(2 ** 32), String(-(2 ** 31) - 1)]) {
      expect(() => fuzzSeed({ ERRS_FUZZ_SEED: bad })).toThrow(TypeError);
    }
    expect(fuzzSeed({ ERRS_FUZZ_SEED: String(2 ** 32 - 1) }).seed).toBe(-1);
  });

  it('names the seed in the line it prints and in the replay hint', () => {
    expect(seedLine({ seed: 7, source: 'random' })).toBe('fuzz seed: 7 (random; replay with ERRS_FUZZ_SEED=7)');
    expect(replayHint('Property failed', 7)).toMatch(/^Property failed\n\nReplay this run with ERRS_FUZZ_SEED=7/);
  });
});

describe('fuzzRuns', () => {
  it('scales runs by ERRS_FUZZ_RUNS / 100 000, at least one, and ignores nonsense', () => {
    expect(fuzzRuns(2000, {})).toBe(2000);
    expect(fuzzRuns(2000, { ERRS_FUZZ_RUNS: '5000' })).toBe(100);
    expect(fuzzRuns(10, { ERRS_FUZZ_RUNS: '1' })).toBe(1);
    expect(fuzzRuns(2000, { ERRS_FUZZ_RUNS: 'lots' })).toBe(2000);
  });
});

describe('foreignBodiesFor', () => {
  it("gives every other vendor's example body, not the vendor's own", () => {
    const bodies = foreignBodiesFor('connect');
    expect(bodies).toHaveLength(4);
    expect(bodies.some((b) => JSON.stringify(b).includes('"statusCode"'))).toBe(false);
    expect(foreignBodiesFor('acme')).toHaveLength(5);
  });
});
