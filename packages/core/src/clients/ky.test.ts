// ky 1's retry rules and ky 2's state as errsHooks reads them, with stand-in errors: the real ky 1 and
// ky 2 are in tooling/clients.
import { describe, expect, it } from 'vitest';
import { acme } from '../testing/acme.js';
import { errsHooks } from './ky.js';

type Retry = { limit?: unknown; methods?: unknown; statusCodes?: unknown; afterStatusCodes?: unknown; shouldRetry?: unknown };
const DEFAULT: Retry = { limit: 2, methods: ['get', 'put'], statusCodes: [408, 413, 429, 500, 502, 503, 504], afterStatusCodes: [413, 429, 503] };

/** An HTTPError of ky 1, as its beforeError hook gets it. */
function kyOneError(status: number, retry: unknown = DEFAULT, method = 'GET', headers: Record<string, string> = {}) {
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'HTTPError',
    request: new Request('https://acme.test/orders', { method }),
    response: new Response(null, { status, headers }),
    options: { retry },
  });
}

async function ky1(error: Error, state: unknown = { retryCount: 0 }) {
  const hooks = errsHooks(acme);
  const hook = hooks.beforeError[0]! as unknown as (error: Error, state: unknown) => Promise<Error>;
  const out = await hook(error, state);
  const retried = await hooks.beforeRetry[0]!({ error: out }).then(
    () => true,
    () => false,
  );
  return { kept: out === error, mapped: acme.is(out), retried, out };
}

describe('ky errsHooks for ky 1', () => {
  it('hands ky 1 its own error while it retries, and maps the last attempt, whose retry beforeRetry ends', async () => {
    expect(await ky1(kyOneError(502), { retryCount: 0 })).toMatchObject({ kept: true, retried: true });
    expect(await ky1(kyOneError(502), { retryCount: 1 })).toMatchObject({ kept: true, retried: true });
    const last = await ky1(kyOneError(502), { retryCount: 2 });
    expect(last).toMatchObject({ kept: false, mapped: true, retried: false });
    expect(last.out).toMatchObject({ code: 'HTTP_502', status: 502 });
  });

  it('maps at once what ky 1 does not retry: a status or method it does not list, a POST', async () => {
    expect(await ky1(kyOneError(404))).toMatchObject({ kept: false, mapped: true, retried: false });
    expect(await ky1(kyOneError(502, DEFAULT, 'POST'))).toMatchObject({ kept: false, mapped: true, retried: false });
    expect(await ky1(kyOneError(502, DEFAULT, 'put'))).toMatchObject({ kept: true });
    expect(await ky1(kyOneError(502, { ...DEFAULT, limit: 0 }))).toMatchObject({ kept: false, mapped: true });
    expect(await ky1(kyOneError(502, { ...DEFAULT, limit: '2' }))).toMatchObject({ kept: false, mapped: true });
    expect(await ky1(kyOneError(502, { ...DEFAULT, methods: 'get' }))).toMatchObject({ kept: false, mapped: true });
    expect(await ky1(kyOneError(502, { ...DEFAULT, statusCodes: undefined }))).toMatchObject({ kept: false, mapped: true });
  });

  it('retries a 413 only with a Retry-After and 413 among afterStatusCodes', async () => {
    expect(await ky1(kyOneError(413, DEFAULT, 'GET', { 'retry-after': '1' }))).toMatchObject({ kept: true });
    expect(await ky1(kyOneError(413))).toMatchObject({ kept: false, mapped: true, retried: false });
    expect(await ky1(kyOneError(413, { ...DEFAULT, afterStatusCodes: [429] }, 'GET', { 'retry-after': '1' }))).toMatchObject({ kept: false, mapped: true });
  });

  it("maps at once where the user's shouldRetry decides, and leaves the retry to it", async () => {
    const decided = await ky1(kyOneError(502, { ...DEFAULT, shouldRetry: () => true }));
    expect(decided).toMatchObject({ kept: false, mapped: true, retried: true });
  });

  it('maps, and ends, what has no retry options or no retry count', async () => {
    expect(await ky1(kyOneError(502), {})).toMatchObject({ kept: false, mapped: true, retried: false });
    expect(await ky1(kyOneError(502), null)).toMatchObject({ kept: false, mapped: true, retried: false });
    expect(await ky1(kyOneError(502, 2))).toMatchObject({ kept: false, mapped: true, retried: false });
    const noOptions = Object.assign(kyOneError(502), { options: undefined });
    expect(await ky1(noOptions)).toMatchObject({ kept: false, mapped: true, retried: false });
  });

  it("maps ky 1's error with the HTTPError as cause", async () => {
    const error = kyOneError(404);
    const { out } = await ky1(error);
    expect(out.cause).toBe(error);
  });
});

describe('ky errsHooks for ky 2', () => {
  it('maps the error of the state, which is the cause, and lets beforeRetry pass anything else', async () => {
    const hooks = errsHooks(acme);
    const failure = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const out = await hooks.beforeError[0]!({ error: failure });
    expect(out).toMatchObject({ vendor: 'acme', code: 'UNAVAILABLE' });
    expect(out.cause).toBe(failure);
    await expect(hooks.beforeRetry[0]!({ error: failure })).resolves.toBeUndefined();
    // ky 2's mapped error is not ky 1's: no retry of it is ended.
    await expect(hooks.beforeRetry[0]!({ error: out })).resolves.toBeUndefined();
  });
});
