import type { Category } from './categories.js';

/**
 * What a client should do about an error:
 * - `backoff`: transient; send the same request again after a delay (exponential, honouring Retry-After).
 * - `refetch`: the resource changed under you; fetch it again, re-apply the change, then retry.
 * - `verify`: the outcome is unknown (the action may have completed); check the resource before retrying.
 * - `fix`: the request itself is wrong (or lacks rights); retrying it unchanged fails again.
 * - `operator`: nothing the client can do until an operator or account owner acts.
 */
export type RetryStrategy = 'backoff' | 'refetch' | 'verify' | 'fix' | 'operator';

/** Retry advice of one code: the strategy, and the vendor's own words where it gives some. */
export interface RetryAdvice {
  readonly strategy: RetryStrategy;
  readonly note?: string;
}

/** The strategy a category implies when a catalog entry does not say. */
export function defaultStrategy(category: Category): RetryStrategy {
  switch (category) {
    case 'UNAVAILABLE':
    case 'DEADLINE_EXCEEDED':
    case 'RESOURCE_EXHAUSTED':
      return 'backoff';
    case 'ABORTED':
      return 'refetch';
    case 'INTERNAL':
    case 'UNKNOWN':
    case 'DATA_LOSS':
      return 'verify';
    default:
      return 'fix';
  }
}

/** Whether sending the same request again, after a delay, may succeed. */
export function isRetryable(strategy: RetryStrategy): boolean {
  return strategy === 'backoff';
}

/** Options of {@link retryDelay}. */
export interface RetryDelayOptions {
  /** Delay of the first retry before jitter, in ms. Default 100. */
  readonly baseMs?: number;
  /** Upper bound of the backoff, in ms. Default 30 000. A server's Retry-After is honoured beyond it. */
  readonly maxMs?: number;
  /** Attempts after which no further retry is advised (attempt counts from 0). Default: no limit. */
  readonly maxAttempts?: number;
  /** Growth factor per attempt. Default 2. */
  readonly factor?: number;
  /** Random source in [0, 1), for tests. Default Math.random. */
  readonly random?: () => number;
}

/**
 * How long to wait before retry number `attempt` (0 for the first retry), or `undefined` when the
 * error should not be retried (not retryable, or `maxAttempts` reached).
 *
 * Exponential backoff with full jitter (a uniform delay in [0, min(maxMs, baseMs * factor^attempt)]),
 * never shorter than the server's `retryAfterMs`.
 */
export function retryDelay(
  error: { readonly retryable: boolean; readonly retryAfterMs?: number | undefined },
  attempt: number,
  options: RetryDelayOptions = {},
): number | undefined {
  const { baseMs = 100, maxMs = 30_000, factor = 2, maxAttempts = Infinity, random = Math.random } = options;
  if (!error.retryable || !(attempt >= 0) || attempt >= maxAttempts) return undefined;
  const ceiling = Math.min(maxMs, baseMs * factor ** attempt);
  const jittered = Math.floor(random() * ceiling);
  const floor = error.retryAfterMs;
  return floor !== undefined && floor > jittered ? floor : jittered;
}
