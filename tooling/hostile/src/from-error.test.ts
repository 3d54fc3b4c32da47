// fromError against hostile input: whatever is thrown (arbitrary values, objects that mimic each HTTP
// client's error with wrong types, throwing getters, proxies, endless bodies), it resolves, with an
// ErrsError of the catalog's vendor that can be encoded.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isErrsError } from '@errs/core';
import type { Catalog, ErrsError } from '@errs/core';
import { subjects } from './subjects.js';

const FUZZ_RUNS = Number(process.env.ERRS_FUZZ_RUNS ?? 100_000);
// Each run awaits a promise: a twentieth of the sync suite's runs, per catalog and shape.
const RUNS = Math.max(250, Math.floor(FUZZ_RUNS / 20));
const KiB = 1024;

/** The outcome every thrown value must have: a resolved ErrsError of the vendor, that encodes to JSON. */
async function checkOutcome(catalog: Catalog, thrown: unknown, options?: Parameters<Catalog['fromError']>[1]): Promise<ErrsError> {
  const error = await catalog.fromError(thrown, options);
  expect(isErrsError(error)).toBe(true);
  expect(error.vendor).toBe(catalog.vendor);
  const { status, body } = catalog.encode(error);
  expect(status >= 100 && status <= 599).toBe(true);
  expect(() => JSON.parse(JSON.stringify(body)) as unknown).not.toThrow();
  return error;
}

const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true });
/** What a field may be in a mimic: anything, or a type the real client would never put there. */
const field = fc.oneof(anything, fc.constantFrom(NaN, -1, 0, 99, 600, 1e12, '404', [], {}, null, undefined, () => 404, Symbol('s')));
const headers = fc.oneof(
  field,
  fc.dictionary(fc.constantFrom('retry-after', 'x-request-id', 'ratelimit-reset', 'Retry-After', '__proto__'), field),
  field.map((value) => ({ get: () => value })),
);
const status = fc.oneof(fc.integer({ min: 100, max: 599 }), field);
const body = fc.oneof(field, fc.json(), fc.string(), fc.uint8Array().map((b) => Buffer.from(b)));

/** A fake fetch Response, of any shape close to the real one. */
const fakeResponse = fc.record({
  status,
  headers,
  bodyUsed: fc.oneof(fc.boolean(), field),
  arrayBuffer: fc.constant(() => Promise.resolve(new ArrayBuffer(0))),
  body: fc.oneof(field, fc.constant({ getReader: () => ({}) })),
});

/** Each client's error, by its shape, with every field of any type. */
const mimics = {
  axios: fc.record({ isAxiosError: fc.constant(true), code: field, message: field, response: fc.oneof(field, fc.record({ status, headers, data: body })) }),
  'ky 1': fc.record({ name: fc.constant('HTTPError'), response: fc.oneof(field, fakeResponse) }),
  'ky 2': fc.record({ name: fc.constantFrom('HTTPError', 'TimeoutError', 'NetworkError'), response: fc.oneof(field, fakeResponse), data: body }),
  ofetch: fc.record({ name: fc.constant('FetchError'), response: fc.oneof(field, fakeResponse), data: body, status: field, cause: field }),
  got: fc.record({ name: fc.constantFrom('HTTPError', 'RequestError', 'TimeoutError'), code: field, response: fc.oneof(field, fc.record({ statusCode: status, headers, body, rawBody: body })) }),
  'openapi-fetch': fc.record({ error: body, response: fc.oneof(field, fakeResponse) }),
  'no response': fc.record({ name: field, code: fc.oneof(field, fc.constantFrom('ECONNREFUSED', 'ETIMEDOUT', 'ERR_CANCELED')), message: field, cause: fc.oneof(field, fc.record({ code: field, cause: field })) }),
};

/** A value whose every property read throws. */
function throwingGetters(keys: readonly string[]): object {
  const value = {};
  for (const key of keys) {
    Object.defineProperty(value, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return value;
}

const trap = () => {
  throw new Error('trap');
};
/** A Proxy whose every trap throws. */
const allTrapsThrow = () =>
  new Proxy(function target() {}, {
    apply: trap,
    construct: trap,
    defineProperty: trap,
    deleteProperty: trap,
    get: trap,
    getOwnPropertyDescriptor: trap,
    getPrototypeOf: trap,
    has: trap,
    isExtensible: trap,
    ownKeys: trap,
    preventExtensions: trap,
    set: trap,
    setPrototypeOf: trap,
  });

/** A Proxy that answers every property read with one of `values`, in turn: a shape that changes under the reader. */
function shifting(values: readonly unknown[]): object {
  let i = 0;
  return new Proxy({}, { get: () => values[i++ % values.length], has: () => true });
}

/** An endless body: counts what was pulled and whether it was cancelled. */
function endless() {
  const chunk = new Uint8Array(16 * KiB).fill(0x7b);
  const stats = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      stats.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  const node = new Readable({
    read() {
      stats.pulled += chunk.byteLength;
      this.push(Buffer.from(chunk));
    },
    destroy(error, callback) {
      stats.cancelled = true;
      callback(error);
    },
  });
  return { stream, node, stats };
}

describe.each(subjects.map((c) => [c.vendor, c] as const))('%s: fromError on hostile input', (_vendor, catalog) => {
  it(`${RUNS} arbitrary values resolve to an ErrsError of the vendor`, async () => {
    await fc.assert(
      fc.asyncProperty(anything, async (value) => {
        await checkOutcome(catalog, value);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(Object.entries(mimics))(`${RUNS} mimics of %s's error with wrong types resolve to an ErrsError of the vendor`, async (_name, mimic) => {
    await fc.assert(
      fc.asyncProperty(mimic, async (value) => {
        await checkOutcome(catalog, value);
      }),
      { numRuns: RUNS },
    );
  });

  it('resolves for throwing getters at every level, proxies whose traps throw, and shapes that change while read', async () => {
    const keys = ['response', 'data', 'error', 'status', 'statusCode', 'headers', 'body', 'rawBody', 'code', 'name', 'message', 'cause', 'bodyUsed', 'isAxiosError'];
    const values: unknown[] = [
      throwingGetters(keys),
      { response: throwingGetters(keys) },
      { response: { status: 404, headers: throwingGetters(['get']), data: throwingGetters(keys) } },
      { response: { status: 404, headers: { get: trap }, data: { error: throwingGetters(['type', 'message']) } } },
      { response: { statusCode: 500, headers: allTrapsThrow(), body: allTrapsThrow() } },
      { response: new Response('{}', { status: 400 }), data: allTrapsThrow() },
      { error: allTrapsThrow(), response: new Response(null, { status: 502 }) },
      { code: 'ECONNREFUSED', message: allTrapsThrow(), cause: allTrapsThrow() },
      allTrapsThrow(),
      { response: allTrapsThrow() },
      shifting([404, 'x', null, { get: trap }, allTrapsThrow()]),
      { response: shifting([404, { get: () => 'r' }, true, () => Promise.resolve(new ArrayBuffer(0))]) },
      Object.assign(new Error('boom'), { cause: allTrapsThrow() }),
    ];
    for (const value of values) await checkOutcome(catalog, value);
    const error = await checkOutcome(catalog, values[8]);
    expect(error.cause).toBe(values[8]);
    expect(error.known).toBe(false);
  });

  it('reads an endless body only up to maxBytes, whichever way the client keeps it, and stops it', async () => {
    const maxBytes = 64 * KiB;
    const shapes = [
      (s: ReturnType<typeof endless>) => ({ name: 'HTTPError', response: new Response(s.stream, { status: 503 }) }), // ky 1
      (s: ReturnType<typeof endless>) => ({ response: { status: 503, headers: {}, data: s.stream } }), // axios, responseType 'stream' (web)
      (s: ReturnType<typeof endless>) => ({ response: { status: 503, headers: {}, data: s.node } }), // axios in Node, responseType 'stream'
      (s: ReturnType<typeof endless>) => ({ response: usedResponse(new Response('', { status: 503 })), data: s.stream }), // ofetch, text/event-stream
    ];
    for (const shape of shapes) {
      const source = endless();
      const error = await checkOutcome(catalog, shape(source), { maxBytes });
      expect(error).toMatchObject({ status: 503, known: false });
      expect(source.stats.cancelled).toBe(true);
      // Within the limit, plus what the stream queued ahead (its high-water mark) before it was stopped.
      expect(source.stats.pulled).toBeLessThanOrEqual(maxBytes + 4 * 16 * KiB);
    }
  });

  it('refuses a huge body the client already read (text, bytes) beyond maxBytes, as fromResponse does', async () => {
    const text = `{"message":"${'x'.repeat(2 * 1024 * KiB)}"}`;
    for (const data of [text, Buffer.from(text), new Blob([text])]) {
      const error = await checkOutcome(catalog, { response: { status: 500, headers: {}, data } }, { maxBytes: 1024 * KiB });
      expect(error).toMatchObject({ status: 500, known: false, code: 'HTTP_500' });
    }
  });
});

/** A Response whose body was read by the client (as ofetch leaves it). */
function usedResponse(response: Response): Response {
  void response.text();
  return response;
}
