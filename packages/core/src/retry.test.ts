import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelay } from './index.js';
import { defaultStrategy } from './retry.js';

const retryable = { retryable: true, retryAfterMs: undefined };

describe('retryDelay', () => {
  it('grows exponentially with full jitter, within [0, min(max, base * 2^attempt)]', () => {
    expect(retryDelay(retryable, 0, { random: () => 0.999999 })).toBe(99);
    expect(retryDelay(retryable, 3, { random: () => 0.999999 })).toBe(799);
    expect(retryDelay(retryable, 3, { random: () => 0 })).toBe(0);
    expect(retryDelay(retryable, 30, { random: () => 0.5 })).toBe(15_000);
    fc.assert(
      fc.property(fc.nat(40), fc.double({ min: 0, max: 0.9999999, noNaN: true }), (attempt, r) => {
        const d = retryDelay(retryable, attempt, { random: () => r, baseMs: 50, maxMs: 5000 })!;
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(Math.min(5000, 50 * 2 ** attempt));
      }),
    );
  });

  it("never waits less than the server's Retry-After, even beyond the cap", () => {
    expect(retryDelay({ retryable: true, retryAfterMs: 4000 }, 0, { random: () => 0.5 })).toBe(4000);
    expect(retryDelay({ retryable: true, retryAfterMs: 60_000 }, 0, { maxMs: 1000 })).toBe(60_000);
    expect(retryDelay({ retryable: true, retryAfterMs: 10 }, 10, { random: () => 0.5 })).toBe(15_000);
  });

  it('advises no retry for non-retryable errors, bad attempts, or past maxAttempts', () => {
    expect(retryDelay({ retryable: false }, 0)).toBeUndefined();
    expect(retryDelay(retryable, 3, { maxAttempts: 3 })).toBeUndefined();
    expect(retryDelay(retryable, 2, { maxAttempts: 3 })).toBeTypeOf('number');
    expect(retryDelay(retryable, -1)).toBeUndefined();
    expect(retryDelay(retryable, Number.NaN)).toBeUndefined();
  });
});

describe('defaultStrategy', () => {
  it('backs off transient categories, refetches conflicts, verifies unknown outcomes, fixes the rest', () => {
    expect(['UNAVAILABLE', 'DEADLINE_EXCEEDED', 'RESOURCE_EXHAUSTED'].map((c) => defaultStrategy(c as never))).toEqual(['backoff', 'backoff', 'backoff']);
    expect(defaultStrategy('ABORTED')).toBe('refetch');
    expect(defaultStrategy('INTERNAL')).toBe('verify');
    expect(defaultStrategy('NOT_FOUND')).toBe('fix');
  });
});
