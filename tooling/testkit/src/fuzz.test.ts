import { describe, expect, it } from 'vitest';
import { foreignBodiesFor } from './examples.js';
import { CI_FUZZ_SEED, fuzzRuns, fuzzSeed, replayHint, seedLine } from './fuzz.js';

describe('fuzzSeed', () => {
  it('takes ERRS_FUZZ_SEED first, under CI too', () => {
    expect(fuzzSeed({ ERRS_FUZZ_SEED: '314159', CI: 'true' })).toEqual({ seed: 314159, source: 'ERRS_FUZZ_SEED' });
    expect(fuzzSeed({ ERRS_FUZZ_SEED: '-5' })).toEqual({ seed: -5, source: 'ERRS_FUZZ_SEED' });
  });

  it('is the fixed default under CI=true, whatever the random source says', () => {
    expect(fuzzSeed({ CI: 'true' }, () => 0.5)).toEqual({ seed: CI_FUZZ_SEED, source: 'CI default' });
    expect(fuzzSeed({ CI: 'true', ERRS_FUZZ_SEED: '' }, () => 0.9)).toEqual({ seed: CI_FUZZ_SEED, source: 'CI default' });
  });

  it('is random elsewhere', () => {
    expect(fuzzSeed({}, () => 0.5)).toEqual({ seed: 2 ** 30, source: 'random' });
    expect(fuzzSeed({ CI: 'false' }, () => 0)).toEqual({ seed: 0, source: 'random' });
  });

  it('refuses a seed that is not a 32-bit integer rather than fuzzing with another', () => {
    for (const bad of ['abc', '1.5', '1e20', 'NaN', '0x']) {
      expect(() => fuzzSeed({ ERRS_FUZZ_SEED: bad }), bad).toThrow(/ERRS_FUZZ_SEED must be an integer/);
    }
  });

  it('says the seed and how to replay it', () => {
    expect(seedLine({ seed: 271828, source: 'CI default' })).toBe('fuzz seed: 271828 (CI default; replay with ERRS_FUZZ_SEED=271828)');
    expect(replayHint('Property failed after 3 tests', 9)).toContain('ERRS_FUZZ_SEED=9');
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

describe('fuzzRuns', () => {
  it('scales runs by ERRS_FUZZ_RUNS / 100 000, at least one, and ignores nonsense', () => {
    expect(fuzzRuns(2000, {})).toBe(2000);
    expect(fuzzRuns(2000, { ERRS_FUZZ_RUNS: '5000' })).toBe(100);
    expect(fuzzRuns(10, { ERRS_FUZZ_RUNS: '1' })).toBe(1);
    expect(fuzzRuns(2000, { ERRS_FUZZ_RUNS: 'lots' })).toBe(2000);
  });
});
