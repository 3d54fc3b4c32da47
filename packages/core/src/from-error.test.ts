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

describe('fromError: edges of recognition', () => {
  const notFoundText = JSON.stringify(notFound);

  it('reads a fetch Response of another realm by its shape, and nothing that lacks a part of it', async () => {
    const like = (over: Record<string, unknown>) => ({
      status: 404,
      bodyUsed: false,
      arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
      headers: { get: (name: string) => (name === 'x-request-id' ? 'realm-1' : null) },
      body: notFoundText,
      ...over,
    });
    expect(await acme.fromError(like({}))).toMatchObject({ code: 'not_found', known: true, status: 404, requestId: 'realm-1' });
    for (const over of [{ status: '404' }, { status: 700 }, { bodyUsed: 'no' }, { arrayBuffer: 'x' }, { headers: 'x-request-id: realm-1' }, { headers: {} }]) {
      expect((await acme.fromError(like(over))).code, JSON.stringify(over)).toBe('UNKNOWN');
    }
  });

  it('reads a fetch Response without a body as an empty body', async () => {
    const e = await acme.fromError(new Response(null, { status: 404, headers: jsonHeaders }));
    expect(e).toMatchObject({ code: 'HTTP_404', known: false, requestId: 'req-7' });
    expect(isErrsParseError(e.cause) && e.cause.reason).toBe('empty');
  });

  it('takes the statuses 100 to 599 of a response, and nothing outside them or fractional', async () => {
    for (const status of [100, 599]) expect(await acme.fromError({ response: { status, headers: {}, data: notFound } })).toMatchObject({ code: 'not_found', status });
    for (const status of [99, 600, 404.5]) expect((await acme.fromError({ response: { status, headers: {}, data: notFound } })).code).toBe('UNKNOWN');
  });

  it('takes a response without `data` or `body` for no response', async () => {
    expect((await acme.fromError({ response: { status: 404, headers: {} } })).code).toBe('UNKNOWN');
    expect((await acme.fromError({ response: { statusCode: 404, headers: {} } })).code).toBe('UNKNOWN');
  });

  it("reads got's rawBody when its body is absent or undefined, and its body over rawBody", async () => {
    const raw = Buffer.from(notFoundText);
    expect(await acme.fromError({ response: { statusCode: 404, headers: {}, rawBody: raw } })).toMatchObject({ code: 'not_found', known: true });
    expect(await acme.fromError({ response: { statusCode: 404, headers: {}, body: undefined, rawBody: raw } })).toMatchObject({ code: 'not_found', known: true });
    const other = JSON.stringify({ error: { type: 'internal', message: 'x' } });
    expect(await acme.fromError({ response: { statusCode: 500, headers: {}, body: other, rawBody: raw } })).toMatchObject({ code: 'internal' });
  });

  it("reads an axios body kept as an ArrayBuffer (responseType 'arraybuffer')", async () => {
    const data = new TextEncoder().encode(notFoundText).buffer;
    expect(await acme.fromError({ response: { status: 404, headers: {}, data } })).toMatchObject({ code: 'not_found', known: true });
  });

  it('joins a header that get() answers as a list of strings, and reads any other list as absent', async () => {
    const listed = { get: (name: string) => (name === 'x-request-id' ? ['a', 'b'] : null) };
    expect((await acme.fromError({ response: { status: 404, headers: listed, data: notFound } })).requestId).toBe('a, b');
    const mixed = { get: (name: string) => (name === 'x-request-id' ? ['a', 1] : null) };
    expect((await acme.fromError({ response: { status: 404, headers: mixed, data: notFound } })).requestId).toBeUndefined();
  });

  it('reads a thrown text as no response, never as a body', async () => {
    const e = await acme.fromError(notFoundText);
    expect(e).toMatchObject({ code: 'UNKNOWN', known: false, status: 0 });
    expect(e.cause).toBe(notFoundText);
  });

  it('keeps a foreign body the client parsed with no raw text, and a text one as raw', async () => {
    const parsed = await acme.fromError({ response: { status: 404, headers: {}, data: { message: 'nope' } } });
    expect(parsed).toMatchObject({ code: 'HTTP_404', known: false, raw: undefined });
    expect(isErrsParseError(parsed.cause) && parsed.cause.reason).toBe('shape');
    const text = await acme.fromError({ response: { status: 404, headers: {}, data: 'nope' } });
    expect(text).toMatchObject({ code: 'HTTP_404', raw: 'nope' });
    const long = `<p>${'z'.repeat(5000)}</p>`;
    expect((await acme.fromError({ response: { status: 502, headers: {}, data: long } })).raw).toBe(long.slice(0, 4096));
  });
});

describe('fromError: bodies kept as streams', () => {
  const text = JSON.stringify(notFound);
  const size = Buffer.byteLength(text);
  const kept = (data: unknown, status = 404) => ({ response: { status, headers: { 'x-request-id': 'st-1' }, data } });

  it('reads a stream of exactly maxBytes, in chunks, and refuses one byte more, saying the limit', async () => {
    const chunks = () => Readable.from([Buffer.from(text.slice(0, 10)), Buffer.from(text.slice(10))]);
    expect(await acme.fromError(kept(chunks()), { maxBytes: size })).toMatchObject({ code: 'not_found', known: true });
    const over = await acme.fromError(kept(chunks()), { maxBytes: size - 1 });
    expect(over).toMatchObject({ code: 'HTTP_404', known: false, requestId: 'st-1', raw: text.slice(0, size - 1) });
    expect(over.cause).toMatchObject({ reason: 'too_large', status: 404, message: `acme: body is larger than ${size - 1} bytes` });
  });

  it('keeps the start of an oversized first chunk, at most 4096 characters', async () => {
    const small = await acme.fromError(kept(Readable.from([Buffer.from(text)])), { maxBytes: 12 });
    expect(small.raw).toBe(text.slice(0, 12));
    const big = await acme.fromError(kept(Readable.from([Buffer.from('q'.repeat(9000))])), { maxBytes: 8000 });
    expect(big.raw).toBe('q'.repeat(4096));
  });

  it('reads text chunks, and a character split between two chunks', async () => {
    const body = JSON.stringify({ error: { type: 'invalid_request', message: 'Café crème' } });
    const bytes = Buffer.from(body);
    const at = bytes.indexOf(0xc3) + 1; // inside the two bytes of é
    expect((await acme.fromError(kept(Readable.from([bytes.subarray(0, at), bytes.subarray(at)]), 400))).message).toBe('Café crème');
    expect((await acme.fromError(kept(Readable.from([body.slice(0, 7), body.slice(7)], { objectMode: true }), 400))).message).toBe('Café crème');
  });

  it('closes the stream it stops reading: past maxBytes, and at a chunk that is neither bytes nor text', async () => {
    let closed = 0;
    const iterable = (chunks: unknown[]) => ({
      [Symbol.asyncIterator]: () => {
        let i = 0;
        return {
          next: () => Promise.resolve(i < chunks.length ? { done: false, value: chunks[i++] } : { done: true, value: undefined }),
          return: () => {
            closed++;
            return Promise.resolve({ done: true, value: undefined });
          },
        };
      },
    });
    expect((await acme.fromError(kept(iterable([Buffer.from(text)])), { maxBytes: 5 })).code).toBe('HTTP_404');
    expect(closed).toBe(1);
    const odd = await acme.fromError(kept(iterable([Buffer.from('{'), { not: 'bytes' }])));
    expect(odd).toMatchObject({ code: 'HTTP_404', known: false, requestId: 'st-1' });
    expect(odd.cause).toBeInstanceOf(TypeError);
    expect((odd.cause as TypeError).message).toBe('the body stream gave a chunk that is neither bytes nor text');
    expect(closed).toBe(2);
    expect(await acme.fromError(kept(iterable([Buffer.from(text)])))).toMatchObject({ code: 'not_found', known: true });
    expect(closed).toBe(2);
  });

  it('reads an async iterable that carries a size as a stream, not as a Blob', async () => {
    const sized = Object.assign(Readable.from([Buffer.from(text)]), { size: size });
    expect(await acme.fromError(kept(sized))).toMatchObject({ code: 'not_found', known: true });
  });

  it('gives the failure of a kept stream as cause, with the status and headers', async () => {
    const failure = new Error('stream broke');
    const broken = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(failure) }),
    };
    const e = await acme.fromError(kept(broken, 502));
    expect(e).toMatchObject({ code: 'HTTP_502', known: false, status: 502, requestId: 'st-1', raw: undefined });
    expect(e.cause).toBe(failure);
  });
});

describe('fromError: errors without a response, in words', () => {
  it('titles each kind of missing response', async () => {
    expect((await acme.fromError({ code: 'ECONNREFUSED' })).title).toBe('No response: the server could not be reached');
    expect((await acme.fromError({ code: 'ETIMEDOUT' })).title).toBe('No response: the request timed out');
    expect((await acme.fromError(new DOMException('x', 'AbortError'))).title).toBe('No response: the request was cancelled');
    expect((await acme.fromError(42)).title).toBe('Not an HTTP error response');
  });

  it('takes the title as message for a thrown value without a message, or an empty one, and cuts a long one at 1000', async () => {
    expect((await acme.fromError({ code: 'ETIMEDOUT', message: '' })).message).toBe('No response: the request timed out');
    expect((await acme.fromError({ code: 'ETIMEDOUT', message: 7 })).message).toBe('No response: the request timed out');
    expect((await acme.fromError(42)).message).toBe('Not an HTTP error response');
    expect((await acme.fromError({ code: 'ETIMEDOUT', message: 'm'.repeat(1500) })).message).toBe('m'.repeat(1000));
  });

  it("reads another vendor's ErrsError without a status as UNKNOWN, with it as cause", async () => {
    const other = new ErrsError({ vendor: 'other', code: 'UNAVAILABLE', status: 0, message: 'x', params: {}, category: 'UNAVAILABLE', retry: { strategy: 'backoff' }, known: false });
    const e = await acme.fromError(other);
    expect(e).toMatchObject({ vendor: 'acme', code: 'UNKNOWN', status: 0, known: false, message: 'x' });
    expect(e.cause).toBe(other);
  });
});

describe('fromError: streams without a return method', () => {
  const kept = (data: unknown) => ({ response: { status: 404, headers: {}, data } });
  const once = (chunks: unknown[]) => ({
    [Symbol.asyncIterator]: () => {
      let i = 0;
      return { next: () => Promise.resolve(i < chunks.length ? { done: false, value: chunks[i++] } : { done: true, value: undefined }) };
    },
  });

  it('stops reading one past maxBytes, and at a chunk that is neither bytes nor text, all the same', async () => {
    const over = await acme.fromError(kept(once([Buffer.from(JSON.stringify(notFound))])), { maxBytes: 5 });
    expect(isErrsParseError(over.cause) && over.cause.reason).toBe('too_large');
    const odd = await acme.fromError(kept(once([42])));
    expect((odd.cause as TypeError).message).toBe('the body stream gave a chunk that is neither bytes nor text');
  });
});

describe('fromError: values that defeat a reading', () => {
  it('reads a null body the client kept as JSON null, not as a stream', async () => {
    const e = await acme.fromError({ response: { status: 404, headers: { 'x-request-id': 'n-1' }, data: null } });
    expect(e).toMatchObject({ code: 'HTTP_404', known: false, requestId: 'n-1' });
    expect(isErrsParseError(e.cause) && e.cause.reason).toBe('not_object');
  });

  it("resolves for another vendor's ErrsError whose status getter throws, as UNKNOWN with it as cause", async () => {
    const other = new ErrsError({ vendor: 'other', code: 'x', status: 404, message: 'hostile', params: {}, category: 'NOT_FOUND', retry: { strategy: 'fix' }, known: true });
    Object.defineProperty(other, 'status', {
      get() {
        throw new Error('no status');
      },
    });
    const e = await acme.fromError(other);
    expect(e).toMatchObject({ vendor: 'acme', code: 'UNKNOWN', status: 0, known: false, message: 'hostile' });
    expect(e.cause).toBe(other);
  });
});

describe('fromError: a response that is not there', () => {
  it("reads axios's network error (its response undefined) by its code", async () => {
    const e = await acme.fromError({ isAxiosError: true, code: 'ECONNREFUSED', message: 'connect ECONNREFUSED', response: undefined });
    expect(e).toMatchObject({ code: 'UNAVAILABLE', category: 'UNAVAILABLE', status: 0, message: 'connect ECONNREFUSED' });
  });

  it('reads a response without a body it could use by the code of the error that carries it', async () => {
    expect(await acme.fromError({ code: 'ECONNRESET', response: { status: 404, headers: {} } })).toMatchObject({ code: 'UNAVAILABLE', status: 0 });
  });

  it("reads an axios body left undefined as an empty body", async () => {
    const e = await acme.fromError({ response: { status: 503, headers: {}, data: undefined } });
    expect(e).toMatchObject({ code: 'HTTP_503', known: false, raw: '' });
    expect(isErrsParseError(e.cause) && e.cause.reason).toBe('empty');
  });

  it('reads a kept stream up to the default limit of 1 MiB when no maxBytes is given', async () => {
    const e = await acme.fromError({ response: { status: 500, headers: {}, data: Readable.from([Buffer.alloc(1024 * 1024 + 1, 0x20)]) } });
    expect(e).toMatchObject({ code: 'HTTP_500', known: false });
    expect(e.cause).toMatchObject({ reason: 'too_large', message: 'acme: body is larger than 1048576 bytes' });
  });
});
