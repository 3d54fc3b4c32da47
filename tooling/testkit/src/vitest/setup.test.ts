import fc from 'fast-check';
import { expect, inject, it } from 'vitest';

it("installs the run's seed in fast-check: what a property draws is what that seed draws", () => {
  const seed = inject('fuzzSeed');
  expect(Number.isInteger(seed)).toBe(true);
  expect(fc.sample(fc.nat(), 5)).toEqual(fc.sample(fc.nat(), { numRuns: 5, seed }));
  expect(fc.readConfigureGlobal().seed).toBe(seed);
});

it('names the seed in the error of a failed property', () => {
  const seed = inject('fuzzSeed');
  expect(() => { fc.assert(fc.property(fc.nat(), (n) => n < 0)); }).toThrow(`ERRS_FUZZ_SEED=${seed}`);
});
