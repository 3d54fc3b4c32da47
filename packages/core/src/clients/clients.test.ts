// The building blocks of the client integrations, and errsFetch, with stand-in clients: the real
// clients are driven over a local server in tooling/clients.
import { describe, expect, it } from 'vitest';
import { acme } from '../testing/acme.js';
import { errsFetch } from './fetch.js';
import { captureTrace, clientError, rethrow } from './shared.js';

const notFound = () => acme.toResponse(acme.create('not_found', { resource: 'order', id: '1' }));
const frames = (stack: string | undefined) => (stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));

describe('clientError', () => {
  it("gives fromError's error, with the cause given, not enumerable", async () => {
    const response = notFound();
    const error = await clientError(acme, response, { cause: response });
    expect([error.code, error.status, error.params]).toEqual(['not_found', 404, { resource: 'order', id: '1' }]);
    expect(error.cause).toBe(response);
    expect(Object.keys(error)).not.toContain('cause');
  });

  it('gives an error of the catalog back as it is: its stack and cause untouched', async () => {
    const own = acme.create('not_found', { resource: 'order', id: '1' });
    const stack = own.stack;
    const again = await clientError(acme, own, { cause: 'other', trace: { stack: 'Error\n    at elsewhere (x.js:1:1)' } });
    expect(again).toBe(own);
    expect(again.stack).toBe(stack);
    expect(again.cause).toBeUndefined();
  });
});

describe('captureTrace', () => {
  // A client's code, as V8 names it in a stack: a file of node_modules/fake-client.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the only way to give a frame a file name of node_modules
  const client = new Function('hook', 'return function clientCall() { return hook(); }\n//# sourceURL=/app/node_modules/fake-client/dist/index.js') as (
    hook: () => unknown,
  ) => () => unknown;

  it("leaves out the named client's frames before the user's", () => {
    function hook() {
      return captureTrace(hook, ['fake-client']);
    }
    const callClient = client(hook);
    function userCall() {
      return callClient() as { stack?: string };
    }
    const trace = userCall();
    expect(frames(trace.stack)[0]).toMatch(/at userCall .*clients\.test\.ts/);
    // Without the client's name, its frame comes first.
    function bare() {
      return captureTrace(bare);
    }
    const unnamed = client(bare)() as { stack?: string };
    expect(frames(unnamed.stack)[0]).toMatch(/node_modules\/fake-client/);
  });

  it("keeps every frame where none is the user's (a timer's callback)", async () => {
    let trace: { stack?: string } | undefined;
    function hook() {
      trace = captureTrace(hook, ['fake-client']);
    }
    await new Promise<void>((resolve) => {
      setTimeout(client(hook), 0);
      setTimeout(resolve, 0);
    });
    // Node's timers, then nothing: the client's frame is kept, first.
    expect(frames(trace?.stack)[0]).toMatch(/clientCall .*node_modules\/fake-client/);
  });
});

describe('rethrow', () => {
  it("rejects with the catalog's error, the rejection as cause, the stack from the awaiting function", async () => {
    const thrown = Object.assign(new Error('boom'), { response: { status: 404, data: { error: { type: 'not_found', message: 'No order.', params: { resource: 'order', id: '1' } } } } });
    async function userCall() {
      return await Promise.reject(thrown).catch(rethrow(acme));
    }
    const error = await userCall().then(
      () => undefined,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(acme.is(error, 'not_found')).toBe(true);
    expect(error?.cause).toBe(thrown);
    expect(frames(error?.stack)[0]).toMatch(/userCall .*clients\.test\.ts/);
  });
});

describe('errsFetch', () => {
  it('hands a 2xx or 3xx response on untouched, its body unread, and calls fetch without a `this`', async () => {
    const seen: unknown[] = [];
    const fake = function (this: unknown, input: RequestInfo | URL) {
      seen.push(this);
      return Promise.resolve((input instanceof Request ? input.url : input.toString()).endsWith('/moved') ? new Response(null, { status: 304 }) : new Response('{"ok":true}', { status: 200 }));
    };
    const fetch = errsFetch(acme, { fetch: fake });
    const ok = await fetch('https://acme.test/ok');
    expect(ok.bodyUsed).toBe(false);
    expect(await ok.json()).toEqual({ ok: true });
    expect((await fetch('https://acme.test/moved')).status).toBe(304);
    expect(seen).toEqual([undefined, undefined]);
  });

  it("rejects a 4xx with the catalog's error, the Response as cause, the stack from the call", async () => {
    const response = notFound();
    const fetch = errsFetch(acme, { fetch: () => Promise.resolve(response) });
    async function userCall() {
      return fetch('https://acme.test/orders/1');
    }
    const error = await userCall().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(acme.is(error, 'not_found')).toBe(true);
    expect(error?.cause).toBe(response);
    expect(frames(error?.stack)[0]).toMatch(/userCall .*clients\.test\.ts/);
  });

  it("rejects fetch's own failure with UNAVAILABLE, fetch's error as cause", async () => {
    const failure = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const fetch = errsFetch(acme, { fetch: () => Promise.reject(failure) });
    const error = await fetch('https://acme.test/').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ vendor: 'acme', code: 'UNAVAILABLE', category: 'UNAVAILABLE', status: 0, known: false });
    expect((error as Error).cause).toBe(failure);
  });

  it('with stack: false, gives light errors', async () => {
    const fetch = errsFetch(acme, { fetch: () => Promise.resolve(notFound()), stack: false });
    const error = (await fetch('https://acme.test/').catch((e: unknown) => e)) as Error;
    expect(acme.is(error, 'not_found')).toBe(true);
    expect(frames(error.stack)).toEqual([]);
  });
});
