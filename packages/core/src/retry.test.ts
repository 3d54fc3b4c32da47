import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelay } from './index.js';
import { defaultStrategy, isRetryable } from './retry.js';

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

describe('defaultStrategy and isRetryable, for every category', () => {
  it('gives each google.rpc.Code its strategy, and only backoff is retryable', () => {
    const expected = {
      CANCELLED: 'fix', UNKNOWN: 'verify', INVALID_ARGUMENT: 'fix', DEADLINE_EXCEEDED: 'backoff',
      NOT_FOUND: 'fix', ALREADY_EXISTS: 'fix', PERMISSION_DENIED: 'fix', RESOURCE_EXHAUSTED: 'backoff',
      FAILED_PRECONDITION: 'fix', ABORTED: 'refetch', OUT_OF_RANGE: 'fix', UNIMPLEMENTED: 'fix', INTERNAL: 'verify',
      UNAVAILABLE: 'backoff', DATA_LOSS: 'verify', UNAUTHENTICATED: 'fix',
    } as const;
    for (const [category, strategy] of Object.entries(expected)) expect([category, defaultStrategy(category as never)]).toEqual([category, strategy]);
    expect((['backoff', 'refetch', 'verify', 'fix', 'operator'] as const).map(isRetryable)).toEqual([true, false, false, false, false]);
  });
});

describe('retryDelay options', () => {
  it('caps the backoff at maxMs, 30 000 ms by default, and grows by factor', () => {
    expect(retryDelay(retryable, 20, { random: () => 0.999999 })).toBe(29_999);
    expect(retryDelay(retryable, 20, { random: () => 0.999999, maxMs: 1000 })).toBe(999);
    expect(retryDelay(retryable, 2, { random: () => 0.999999, baseMs: 10, factor: 3 })).toBe(89);
    expect(retryDelay(retryable, 0, { random: () => 0.999999, baseMs: 10, factor: 3 })).toBe(9);
  });

  it('retries the first attempt (0) whatever maxAttempts above 0 says, none at maxAttempts 0', () => {
    expect(retryDelay(retryable, 0, { maxAttempts: 1, random: () => 0.5 })).toBe(50);
    expect(retryDelay(retryable, 1, { maxAttempts: 1, random: () => 0.5 })).toBeUndefined();
    expect(retryDelay(retryable, 0, { maxAttempts: 0, random: () => 0.5 })).toBeUndefined();
    expect(retryDelay(retryable, 1000, { random: () => 0.5 })).toBe(15_000);
  });

  it('waits the jittered delay when it is longer than Retry-After, and Retry-After when equal', () => {
    expect(retryDelay({ retryable: true, retryAfterMs: 49 }, 0, { random: () => 0.5 })).toBe(50);
    expect(retryDelay({ retryable: true, retryAfterMs: 50 }, 0, { random: () => 0.5 })).toBe(50);
    expect(retryDelay({ retryable: true, retryAfterMs: 51 }, 0, { random: () => 0.5 })).toBe(51);
    expect(retryDelay({ retryable: true, retryAfterMs: 0 }, 0, { random: () => 0.5 })).toBe(50);
    expect(retryDelay({ retryable: false, retryAfterMs: 1000 }, 0)).toBeUndefined();
  });
});
