// ofetch's retry rules as errsHooks reads them, with stand-in contexts: the real ofetch is in tooling/clients.
import { describe, expect, it } from 'vitest';
import { acme } from '../testing/acme.js';
import type { OfetchContext } from './ofetch.js';
import { errsHooks } from './ofetch.js';

const hooks = errsHooks(acme);
const respond = (status: number, options: OfetchContext['options'] = {}): Promise<unknown> =>
  hooks.onResponseError({ request: 'https://acme.test/orders', options, response: new Response(null, { status }) }).then(
    () => 'retried',
    (e: unknown) => e,
  );
const fail = (error: Error, options: OfetchContext['options'] = {}): Promise<unknown> =>
  hooks.onRequestError({ request: 'https://acme.test/orders', options, error }).then(
    () => 'retried',
    (e: unknown) => e,
  );
const abort = () => Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });

describe('ofetch errsHooks: what ofetch retries passes, what it would not throws', () => {
  it("lets ofetch's default statuses through for a GET, and throws on any other", async () => {
    for (const status of [408, 409, 425, 429, 500, 502, 503, 504]) expect(await respond(status), String(status)).toBe('retried');
    for (const status of [400, 404, 501, 505]) expect(acme.is(await respond(status)), String(status)).toBe(true);
  });

  it('throws at once for a method ofetch does not retry by default, whatever its case', async () => {
    for (const method of ['POST', 'put', 'Patch', 'delete']) expect(acme.is(await respond(502, { method })), method).toBe(true);
    expect(await respond(502, { method: 'get' })).toBe('retried');
    expect(await respond(502, { method: 'HEAD' })).toBe('retried');
  });

  it('follows retry: a count retries any method, 0 and false none', async () => {
    expect(await respond(502, { method: 'POST', retry: 1 })).toBe('retried');
    expect(acme.is(await respond(502, { retry: 0 }))).toBe(true);
    expect(acme.is(await respond(502, { retry: false }))).toBe(true);
  });

  it('follows retryStatusCodes where given', async () => {
    expect(await respond(404, { retryStatusCodes: [404] })).toBe('retried');
    expect(acme.is(await respond(502, { retryStatusCodes: [404] }))).toBe(true);
  });

  it('counts a request without a response as a 500, retries an abort by its own timeout but not a user abort', async () => {
    expect(await fail(new TypeError('fetch failed'))).toBe('retried');
    expect(acme.is(await fail(new TypeError('fetch failed'), { retryStatusCodes: [502] }))).toBe(true);
    expect(await fail(abort(), { timeout: 1000 })).toBe('retried');
    const cancelled = await fail(abort());
    expect(cancelled).toMatchObject({ code: 'CANCELLED' });
    expect((cancelled as Error).cause).toMatchObject({ name: 'AbortError' });
    expect(await fail(new TypeError('fetch failed'), { retry: false })).toMatchObject({ code: 'UNAVAILABLE' });
  });

  it("reads the body ofetch read (_data), the Response as cause", async () => {
    const response = Object.assign(new Response(null, { status: 404 }), {
      _data: { error: { type: 'not_found', message: 'No order 1.', params: { resource: 'order', id: '1' } }, request_id: 'r-1' },
    });
    const error = await hooks.onResponseError({ request: 'https://acme.test/orders/1', options: {}, response }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ code: 'not_found', status: 404, params: { resource: 'order', id: '1' }, requestId: 'r-1' });
    expect(error?.cause).toBe(response);
  });
});
