/**
 * The live demo's client: `errsFetch(catalog)` + `retryDelay`, recording every attempt
 * so the page can draw the timeline. Pure apart from the injected fetch, clock and sleep.
 */
import type { RetryStrategy } from '@errs/core';
import { isErrsError, retryDelay } from '@errs/core';
import { errsFetch } from '@errs/core/fetch';
import type { Catalog, ErrsError } from '@errs/core';

export interface Attempt {
  readonly n: number;
  /** ms since the scenario started. */
  readonly at: number;
  readonly durationMs: number;
  readonly status: number | undefined;
  readonly outcome: 'success' | 'error' | 'network';
  readonly code?: string;
  readonly known?: boolean;
  readonly category?: string;
  readonly strategy?: RetryStrategy;
  readonly message?: string;
  readonly retryAfterMs?: number | undefined;
  readonly requestId?: string | undefined;
  readonly details?: number;
  /** What the client does next. */
  readonly action: 'done' | 'retry' | 'refetch' | 'stop';
  /** Wait before the next attempt, for `retry`. */
  readonly delayMs?: number;
  /** The response as it came: for inspecting it, or sending it to the decoder. */
  readonly response?: AttemptResponse;
}

/** A response as received (body cut at {@link MAX_KEPT_BODY} characters). */
export interface AttemptResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** How much of each attempt's body the timeline keeps. */
export const MAX_KEPT_BODY = 64_000;

async function keep(response: Response): Promise<AttemptResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    Object.defineProperty(headers, name, { value, enumerable: true, writable: true, configurable: true });
  });
  let body = '';
  try {
    body = (await response.text()).slice(0, MAX_KEPT_BODY);
  } catch {
    // a body that fails to arrive is shown empty; fromResponse reports it on its own copy
  }
  return { status: response.status, headers, body };
}

export interface RunResult {
  readonly outcome: 'success' | 'failed';
  readonly attempts: readonly Attempt[];
  readonly elapsedMs: number;
}

export interface RunOptions {
  readonly catalog: Catalog;
  readonly url: string;
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
  readonly maxAttempts?: number;
  readonly baseMs?: number;
  readonly random?: () => number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called after each attempt, for drawing as it goes. */
  readonly onAttempt?: (attempt: Attempt) => void;
  readonly signal?: AbortSignal;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Why the client stops after an error it does not retry. */
export function stopReason(strategy: RetryStrategy | undefined): string {
  switch (strategy) {
    case 'fix':
      return 'fix the request: sending it unchanged fails again';
    case 'verify':
      return 'the outcome is unknown: check the resource before retrying';
    case 'operator':
      return 'an operator or account owner must act';
    case 'refetch':
      return 'still conflicting after a refetch';
    default:
      return 'retries exhausted';
  }
}

/** What one request came to: a success, a typed error (with the response as received, when one came), or no response. */
export type Outcome =
  | { readonly kind: 'success'; readonly response: AttemptResponse }
  | { readonly kind: 'error'; readonly error: ErrsError; readonly response: AttemptResponse | undefined }
  | { readonly kind: 'network'; readonly message: string };

/**
 * The live client's one meeting with the network: `errsFetch(catalog)` of `@errs/core/fetch`, the
 * one-line setup a user writes, so a failing call rejects with the catalog's typed error and a
 * request that got no response with its `UNAVAILABLE` (or `DEADLINE_EXCEEDED`, `CANCELLED`). The
 * fetch it wraps keeps each response as sent, for the timeline's attempt details.
 */
export async function callOnce(catalog: Catalog, fetch: RunOptions['fetch'], url: string, init: RequestInit): Promise<Outcome> {
  let kept: AttemptResponse | undefined;
  const recording = async (input: RequestInfo | URL, i?: RequestInit): Promise<Response> => {
    const response = await fetch(String(input instanceof Request ? input.url : input), i ?? {});
    kept = await keep(response.clone());
    return response;
  };
  try {
    const response = await errsFetch(catalog, { fetch: recording })(url, init);
    return { kind: 'success', response: kept ?? (await keep(response)) };
  } catch (thrown) {
    if (!isErrsError(thrown)) throw thrown;
    if (kept === undefined) return { kind: 'network', message: thrown.cause instanceof Error ? String(thrown.cause) : thrown.message };
    return { kind: 'error', error: thrown, response: kept };
  }
}

/** Runs a scenario: one request, then retries as the errors advise, up to `maxAttempts`. */
export async function runScenario(options: RunOptions): Promise<RunResult> {
  const { catalog, url, maxAttempts = 5, baseMs = 250, random = Math.random, now = () => performance.now(), sleep = defaultSleep } = options;
  const start = now();
  const attempts: Attempt[] = [];
  const record = (a: Attempt) => {
    attempts.push(a);
    options.onAttempt?.(a);
  };
  let refetched = false;
  for (let i = 0; i < maxAttempts; i++) {
    const n = i + 1;
    const began = now();
    const outcome = await callOnce(catalog, options.fetch, url, { method: 'POST', headers: { accept: 'application/json' }, ...(options.signal ? { signal: options.signal } : {}) });
    if (outcome.kind === 'network') {
      record({ n, at: began - start, durationMs: now() - began, status: undefined, outcome: 'network', message: outcome.message, action: 'stop' });
      return { outcome: 'failed', attempts, elapsedMs: now() - start };
    }
    if (outcome.kind === 'success') {
      record({ n, at: began - start, durationMs: now() - began, status: outcome.response.status, outcome: 'success', action: 'done', response: outcome.response });
      return { outcome: 'success', attempts, elapsedMs: now() - start };
    }
    const { error, response: kept } = outcome;
    const base = {
      n,
      at: began - start,
      durationMs: now() - began,
      status: kept?.status,
      outcome: 'error' as const,
      code: error.code,
      known: error.known,
      category: error.category,
      strategy: error.retry.strategy,
      message: error.message,
      retryAfterMs: error.retryAfterMs,
      requestId: error.requestId,
      details: error.details.length,
      ...(kept ? { response: kept } : {}),
    };
    const last = n >= maxAttempts;
    if (error.retry.strategy === 'refetch' && !refetched && !last) {
      refetched = true;
      record({ ...base, action: 'refetch' });
      continue;
    }
    const delay = last ? undefined : retryDelay(error, i, { baseMs, random, maxAttempts: maxAttempts - 1 });
    if (delay === undefined) {
      record({ ...base, action: 'stop' });
      return { outcome: 'failed', attempts, elapsedMs: now() - start };
    }
    record({ ...base, action: 'retry', delayMs: delay });
    await sleep(delay);
  }
  return { outcome: 'failed', attempts, elapsedMs: now() - start };
}

/** One line of text per attempt (the timeline's accessible summary, and handy in tests). */
export function describeAttempt(a: Attempt): string {
  const head = `#${a.n} ${a.status ?? 'network error'}`;
  if (a.outcome === 'success') return `${head} success`;
  if (a.outcome === 'network') return `${head}: ${a.message ?? ''}`;
  const what = `${head} ${a.code ?? ''}${a.known === false ? ' (unknown to the catalog)' : ''} ${a.category ?? ''} → ${a.strategy ?? ''}`;
  switch (a.action) {
    case 'retry':
      return `${what}: retry in ${a.delayMs ?? 0} ms${a.retryAfterMs === undefined ? '' : ` (server asked ${a.retryAfterMs} ms)`}`;
    case 'refetch':
      return `${what}: refetch the resource, re-apply, retry`;
    default:
      return `${what}: stop, ${stopReason(a.strategy)}`;
  }
}
