// The retry recipes of @errs/core's README, as code: errs decides whether and how long to wait
// (retryDelay: exponential backoff with full jitter, never shorter than the server's Retry-After).
import type { AxiosError } from 'axios';
import type { IAxiosRetryConfig } from 'axios-retry';
import { retryDelay } from '@errs/core';
import type { ErrsError } from '@errs/core';

/** Any errs catalog: the recipes need only fromError. */
export interface Reads {
  fromError(thrown: unknown): Promise<ErrsError>;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** ky's `retry` option (ky 1 and 2 alike): errs says whether to retry and waits the advised delay. */
export function kyRetry(catalog: Reads, limit = 3) {
  return {
    limit,
    delay: () => 0, // the wait happens in shouldRetry, where the error is known
    shouldRetry: async ({ error, retryCount }: { error: Error; retryCount: number }) => {
      const wait = retryDelay(await catalog.fromError(error), retryCount - 1);
      if (wait === undefined) return false;
      await sleep(wait);
      return true;
    },
  };
}

const IDEMPOTENT = ['get', 'head', 'options', 'put', 'delete'];

/**
 * axios-retry's options: retryCondition reads the error (async), retryDelay uses what it read. A
 * retryCondition replaces axios-retry's own, method filter included: so it checks the method.
 */
export function axiosRetryOptions(catalog: Reads, retries = 3): IAxiosRetryConfig {
  const read = new WeakMap<AxiosError, ErrsError>();
  return {
    retries,
    retryCondition: async (error) => {
      if (!IDEMPOTENT.includes(error.config?.method ?? '')) return false;
      const e = await catalog.fromError(error);
      read.set(error, e);
      return e.retryable;
    },
    retryDelay: (retryCount, error) => {
      const e = read.get(error);
      return e ? (retryDelay(e, retryCount - 1) ?? 0) : 0;
    },
  };
}
