import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { acme } from './testing/acme.js';
import { recognise } from './from-error.js';
import { ErrsError, isErrsParseError } from './index.js';
import { noResponseCategory } from './no-response.js';
import { errorFields } from '@errs/testkit';

// Shapes of the clients' errors, written from their sources (axios AxiosError, ky HTTPError, ofetch
// FetchError, got HTTPError, openapi-fetch's result); the real clients are driven in tooling/clients.

const notFound = { error: { type: 'not_found', message: 'No order with id o-1.', params: { resource: 'order', id: 'o-1' } } };
const jsonHeaders = { 'content-type': 'application/json', 'x-request-id': 'req-7', 'retry-after': '3' };
const response = (body: unknown, status = 404, headers: Record<string, string> = jsonHeaders) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

/** The fields that make two errors the same error. */
const fields = errorFields;

async function used(r: Response): Promise<Response> {
  await r.text();
  return r;
}

describe('fromError: responses', () => {
  it('reads a fetch Response as fromResponse does', async () => {
    const e = await acme.fromError(response(notFound));
    expect(fields(e)).toEqual(fields(await acme.fromResponse(response(notFound))));
    expect(e).toMatchObject({ code: 'not_found', known: true, status: 404, requestId: 'req-7', retryAfterMs: 3000 });
  });

  it('reads the unread response of an error that carries one (ky 1), once', async () => {
    const r = response(notFound);
    const e = await acme.fromError(Object.assign(new Error('Request failed with status code 404'), { name: 'HTTPError', response: r }));
    expect(e).toMatchObject({ code: 'not_found', params: { id: 'o-1' }, requestId: 'req-7' });
    expect(r.bodyUsed).toBe(true);
  });

  it('reads an unread body once: the same error read again (a retry hook, then the catch) gives the same error', async () => {
    const thrown = { name: 'HTTPError', response: response(notFound) };
    const first = await acme.fromError(thrown);
    const again = await acme.fromError(thrown);
    expect(thrown.response.bodyUsed).toBe(true);
    expect(fields(again)).toEqual(fields(first));
    expect(again).toMatchObject({ code: 'not_found', known: true });
  });

  it('reads a response whose body someone else read, and nothing kept, by its status and headers', async () => {
    const e = await acme.fromError(await used(response(notFound)));
    expect(e).toMatchObject({ code: 'HTTP_404', known: false, requestId: 'req-7', retryAfterMs: 3000 });
  });

  it('uses the body the client already read (ky 2, ofetch: `data`), with status and headers of its response', async () => {
    // The response's own body says something else: only `data` may be used, the body is gone.
    const r = await used(response({ error: { type: 'internal', message: 'other' } }, 409));
    const data = { error: { type: 'version_conflict', message: 'Expected version 3, found 4.', params: { expected: 3, actual: 4 } } };
    const e = await acme.fromError(Object.assign(new Error('x'), { response: r, data }));
    expect(e).toMatchObject({ code: 'version_conflict', status: 409, params: { expected: 3, actual: 4 }, requestId: 'req-7', retryAfterMs: 3000 });
  });

  it("uses openapi-fetch's `{ error, response }`, text as it kept it", async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const r = await used(response(html, 502, { 'content-type': 'text/html' }));
    const e = await acme.fromError({ error: html, response: r });
    expect(fields(e)).toEqual(fields(await acme.fromResponse(response(html, 502, { 'content-type': 'text/html' }))));
    expect(e).toMatchObject({ code: 'HTTP_502', known: false, category: 'UNAVAILABLE' });
    expect(isErrsParseError(e.cause) && e.cause.reason).toBe('not_json');
  });

  it('reads an empty body read by the client (undefined or an empty string) as fromResponse reads an empty one', async () => {
    const expected = fields(await acme.fromResponse(response('', 503, { 'retry-after': '2' })));
    for (const data of [undefined, '']) {
      const r = await used(response('', 503, { 'retry-after': '2' }));
      expect(fields(await acme.fromError({ response: r, data }))).toEqual(expected);
    }
    expect(expected).toMatchObject({ code: 'HTTP_503', known: false, retryAfterMs: 2000 });
  });

  it("reads axios's error: response.data as parsed, headers through their get()", async () => {
    const headers = { get: (name: string) => ({ 'x-request-id': 'ax-1', 'retry-after': '1' })[name.toLowerCase()] };
    const error = { isAxiosError: true, code: 'ERR_BAD_REQUEST', response: { status: 404, statusText: 'Not Found', headers, data: notFound } };
    expect(await acme.fromError(error)).toMatchObject({ code: 'not_found', status: 404, requestId: 'ax-1', retryAfterMs: 1000, known: true });
  });

  it("reads got's error: response.body as text or Buffer, headers as a plain record", async () => {
    for (const body of [JSON.stringify(notFound), Buffer.from(JSON.stringify(notFound))]) {
      const error = { name: 'HTTPError', code: 'ERR_NON_2XX_3XX_RESPONSE', response: { statusCode: 404, headers: { 'x-request-id': 'got-1' }, body } };
      expect(await acme.fromError(error)).toMatchObject({ code: 'not_found', status: 404, requestId: 'got-1', known: true });
    }
  });

  it('reads a body kept as a Blob or a Node stream, bounded by maxBytes', async () => {
    const text = JSON.stringify(notFound);
    const blob = { response: await used(response('')), data: new Blob([text]) };
    expect(await acme.fromError(blob)).toMatchObject({ code: 'not_found', known: true });
    const stream = { response: { status: 404, headers: {}, data: Readable.from([Buffer.from(text)]) } };
    expect(await acme.fromError(stream)).toMatchObject({ code: 'not_found', known: true });
    const small = await acme.fromError({ response: { status: 404, headers: {}, data: Readable.from([Buffer.from(text)]) } }, { maxBytes: 10 });
    expect(small).toMatchObject({ code: 'HTTP_404', known: false });
    expect(isErrsParseError(small.cause) && small.cause.reason).toBe('too_large');
  });

  it('reads an endless body stream only up to maxBytes, then cancels it', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    });
    const e = await acme.fromError({ response: { status: 500, headers: {}, data: endless } }, { maxBytes: 64 * 1024 });
    expect(e).toMatchObject({ code: 'HTTP_500', known: false });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(64 * 1024 + 1024 * 16);
  });

  it('applies maxBytes and strict to a body the client kept', async () => {
    const big = await acme.fromError({ response: { status: 404, headers: {}, data: JSON.stringify(notFound) } }, { maxBytes: 16 });
    expect(big).toMatchObject({ code: 'HTTP_404', known: false });
    const loose = { error: { type: 'not_found', message: 'x', params: { resource: 'invoice', id: 'o-1' } } };
    expect(await acme.fromError({ response: { status: 404, headers: {}, data: loose } })).toMatchObject({ code: 'not_found', known: true });
    expect(await acme.fromError({ response: { status: 404, headers: {}, data: loose } }, { strict: true })).toMatchObject({ code: 'HTTP_404', known: false });
  });

  it('reads headers whose get() throws or answers other types as absent', async () => {
    const headers = {
      get(name: string): unknown {
        if (name === 'x-request-id') throw new Error('no');
        return 42;
      },
    };
    const e = await acme.fromError({ response: { status: 404, headers, data: notFound } });
    expect(e).toMatchObject({ code: 'not_found', known: true, requestId: undefined, retryAfterMs: undefined });
  });
});

describe('fromError: no response', () => {
  const cases: [string, unknown, string][] = [
    ["fetch's TypeError, connection refused", new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) }), 'UNAVAILABLE'],
    ["fetch's TypeError, undici's headers timeout", new TypeError('fetch failed', { cause: Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' }) }), 'DEADLINE_EXCEEDED'],
    ["a browser's fetch TypeError", new TypeError('Failed to fetch'), 'UNAVAILABLE'],
    ['DOMException AbortError', new DOMException('This operation was aborted', 'AbortError'), 'CANCELLED'],
    ['DOMException TimeoutError (AbortSignal.timeout)', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'DEADLINE_EXCEEDED'],
    ["axios's timeout", { isAxiosError: true, name: 'AxiosError', code: 'ECONNABORTED', message: 'timeout of 50ms exceeded' }, 'DEADLINE_EXCEEDED'],
    ["axios's CanceledError", { name: 'CanceledError', code: 'ERR_CANCELED', message: 'canceled' }, 'CANCELLED'],
    ["got's RequestError", { name: 'RequestError', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'UNAVAILABLE'],
    ["ky 2's NetworkError", Object.assign(new Error('Request failed due to a network error'), { name: 'NetworkError' }), 'UNAVAILABLE'],
    // workerd rejects fetch with a plain Error (not fetch's TypeError) when it gets no response.
    ["workerd's refused or dropped connection", new Error('Network connection lost.'), 'UNAVAILABLE'],
    ["workerd's failed lookup", new Error('internal error; reference = 0a1b2c3d4e5f6g7h8i9j0k1l'), 'UNAVAILABLE'],
    ["ofetch's FetchError of a timeout", new Error('[GET] "/": <no response>', { cause: Object.assign(new Error('[TimeoutError]'), { name: 'TimeoutError' }) }), 'DEADLINE_EXCEEDED'],
  ];
  it.each(cases)('%s', async (_, thrown, category) => {
    const e = await acme.fromError(thrown);
    expect(e).toMatchObject({ vendor: 'acme', known: false, category, code: category, status: 0, requestId: undefined, retryAfterMs: undefined });
    expect(e.cause).toBe(thrown);
    expect(noResponseCategory(thrown)).toBe(category);
  });

  it("reads workerd's no-response messages only as they are: another Error that mentions them is UNKNOWN", async () => {
    for (const message of ['Network connection lost', 'network connection lost.', 'internal error', 'internal error; reference = ', 'internal error; reference = x y', 'Request failed: Network connection lost.']) {
      expect(noResponseCategory(new Error(message)), message).toBeUndefined();
      expect((await acme.fromError(new Error(message))).code, message).toBe('UNKNOWN');
    }
    // Only an Error (or an object named Error, as a realm's copy is) carries them; a TypeError of other words does not.
    expect(noResponseCategory(new TypeError('Network connection lost.'))).toBeUndefined();
    expect(noResponseCategory({ name: 'Error', message: 'Network connection lost.' })).toBe('UNAVAILABLE');
    expect(noResponseCategory(new Error('wrapped', { cause: new Error('Network connection lost.') }))).toBe('UNAVAILABLE');
  });

  it('reads Response.error() as a network failure', async () => {
    expect(await acme.fromError(Response.error())).toMatchObject({ category: 'UNAVAILABLE', status: 0, known: false });
  });

  it('keeps the thrown message, and advises a retry for a failure or timeout, none for an abort', async () => {
    const refused = await acme.fromError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.1:443' });
    expect(refused.message).toBe('connect ECONNREFUSED 10.0.0.1:443');
    expect(refused.retryable).toBe(true);
    expect((await acme.fromError({ code: 'ETIMEDOUT' })).retryable).toBe(true);
    expect((await acme.fromError(new DOMException('x', 'AbortError'))).retryable).toBe(false);
  });

  it('encodes, sends and describes such an error with the status its category maps to, never its internal message', async () => {
    const e = await acme.fromError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.1:443' });
    const encoded = acme.encode(e);
    expect(encoded.status).toBe(503);
    expect(JSON.stringify(encoded.body)).not.toContain('10.0.0.1');
    expect(acme.parse(encoded.body, { status: encoded.status })).toMatchObject({ code: 'UNAVAILABLE', status: 503 });
    expect(acme.toResponse(e).status).toBe(503);
    expect(e.toProblem()).toMatchObject({ status: 503, detail: 'No response: the server could not be reached' });
    expect(acme.encode(await acme.fromError({ code: 'ETIMEDOUT' })).status).toBe(504);
    expect(acme.toResponse(await acme.fromError(new DOMException('x', 'AbortError'))).status).toBe(499);
    expect(acme.encode(await acme.fromError(42)).status).toBe(500);
  });
});

describe('fromError: everything else', () => {
  it('gives back an ErrsError of its vendor as it is', async () => {
    const e = acme.create('rate_limited');
    expect(await acme.fromError(e)).toBe(e);
  });

  it("reads another vendor's ErrsError as this vendor's error of its status, with it as cause", async () => {
    const other = new ErrsError({ vendor: 'other', code: 'nope', status: 404, message: 'x', params: {}, category: 'NOT_FOUND', retry: { strategy: 'fix' }, known: true });
    const e = await acme.fromError(other);
    expect(e).toMatchObject({ vendor: 'acme', code: 'HTTP_404', status: 404, known: false });
    expect(e.cause).toBe(other);
  });

  it('reads a body thrown as it is, as parse does', async () => {
    expect(await acme.fromError(notFound)).toMatchObject({ code: 'not_found', known: true });
  });

  it.each([42, null, undefined, 'text', new Error('boom'), [], Symbol('s'), () => 1, { response: 'nope' }, { response: { status: 'x', data: 1 } }])(
    'gives %s known: false, category UNKNOWN, status 0, as cause',
    async (value) => {
      const e = await acme.fromError(value);
      expect(e).toMatchObject({ vendor: 'acme', known: false, category: 'UNKNOWN', code: 'UNKNOWN', status: 0 });
      expect(e.cause).toBe(value);
    },
  );

  it('resolves for a Proxy whose every trap throws', async () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    expect(recognise(hostile)).toEqual({ kind: 'other' });
    const e = await acme.fromError(hostile);
    expect(e).toMatchObject({ vendor: 'acme', known: false, code: 'UNKNOWN' });
    expect(e.cause).toBe(hostile);
  });
});
