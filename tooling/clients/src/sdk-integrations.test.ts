// The vendors' own SDKs, set up once: commercetools' @commercetools/ts-client with
// @errs/connect/sdk's middleware, and @botpress/client's calls with `.catch(rethrow(catalog))`.
import { Client } from '@botpress/client';
import { errsErrorHandler, errsMiddleware } from '@errs/connect/sdk';
import { ClientBuilder } from '@commercetools/ts-client';
import { isErrsError } from '@errs/core';
import type { ErrsError } from '@errs/core';
import { rethrow } from '@errs/core/client';
import { errorFields } from '@errs/testkit';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { commercetools } from './integrated.js';
import type { Case, Served, TestServer } from './server.js';
import { closedPortUrl, startServer, vendorRoutes } from './server.js';
import { connect, platform } from './vendors.js';

let server: TestServer;
let connectCases: Case[] = [];
let platformCases: Case[] = [];
/** What the Botpress routes answer: the platform case whose path is asked for, by a header of the test. */
let botpressAnswer: Served | undefined;
const botpressRoutes = new Map<string, Served>();

beforeAll(async () => {
  const routes = new Map<string, Served>();
  const c = await vendorRoutes(connect);
  const p = await vendorRoutes(platform);
  for (const [path, response] of c.routes) routes.set(path, response);
  for (const [path, response] of p.routes) botpressRoutes.set(path, response);
  connectCases = c.cases;
  platformCases = p.cases;
  // @botpress/client asks for its own paths: the one route it reaches answers what the test set.
  const dynamic = new Proxy(routes, {
    get(target, key) {
      if (key === 'get') return (path: string) => (path.startsWith('/v1/') ? botpressAnswer : target.get(path));
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  server = await startServer(dynamic);
});

afterAll(async () => {
  await server.close();
});

// The first `at` line: a message may have lines of its own (an HTML page's text).
const firstFrame = (error: Error) => (error.stack ?? '').split('\n').find((line) => /^\s+at /.test(line)) ?? '';
const thrownBy = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('the call resolved');
    },
    (error: unknown) => error,
  );

describe('@commercetools/ts-client with withMiddleware(errsMiddleware())', () => {
  it('every failing call rejects with the Connect catalog\'s error, fromError\'s of the client\'s error, that error as cause, the stack from this call', async () => {
    expect(connectCases).toHaveLength(8);
    for (const c of connectCases) {
      const plain = await thrownBy(new ClientBuilder().withProjectKey('p').withHttpMiddleware({ host: server.url, httpClient: fetch }).build().execute({ uri: c.path, method: 'GET' }));
      let error: unknown;
      try {
        await commercetools(server.url).execute({ uri: c.path, method: 'GET' });
      } catch (thrown) {
        error = thrown;
      }
      expect(connect.is(error), c.name).toBe(true);
      const e = error as ErrsError;
      expect(errorFields(e), c.name).toEqual(errorFields(await connect.fromError(e.cause)));
      expect(errorFields(e), c.name).toEqual(errorFields(await connect.fromError(plain)));
      // What the SDK kept of the response is what errs reads: the same as fetch's for a Connect body.
      if (c.known) expect(errorFields(e), c.name).toEqual(errorFields(await connect.fromResponse(await fetch(server.url + c.path))));
      expect((e.cause as { statusCode?: number }).statusCode, c.name).toBe((plain as { statusCode?: number }).statusCode);
      expect(firstFrame(e), c.name).toMatch(/sdk-integrations\.test\.ts/);
    }
  });

  it('a ConcurrentModification is typed at the catch without a cast', async () => {
    const conflict = await connect.toResponse(connect.create('ConcurrentModification', { currentVersion: 7 })).text();
    // The SDK's http middleware over an httpClient that answers the conflict, as the API does.
    const client = new ClientBuilder()
      .withProjectKey('p')
      .withMiddleware(errsMiddleware())
      .withHttpMiddleware({ host: server.url, httpClient: () => Promise.resolve(new Response(conflict, { status: 409, headers: { 'content-type': 'application/json' } })) })
      .build();
    let version: number | undefined;
    try {
      await client.execute({ uri: '/p/products/1', method: 'POST', body: {} });
    } catch (e) {
      if (connect.is(e, 'ConcurrentModification')) {
        expectTypeOf(e.params.currentVersion).toEqualTypeOf<number | undefined>();
        version = e.params.currentVersion;
      }
    }
    expect(version).toBe(7);
  });

  it('the error middleware\'s handler, withErrorMiddleware({ handler: errsErrorHandler() }), gives the same error', async () => {
    const c = connectCases.find((k) => k.name === 'request-id')!;
    const client = new ClientBuilder().withProjectKey('p').withErrorMiddleware({ handler: errsErrorHandler() }).withHttpMiddleware({ host: server.url, httpClient: fetch }).build();
    const error = await thrownBy(client.execute({ uri: c.path, method: 'GET' }));
    expect(connect.is(error)).toBe(true);
    expect(errorFields(error as ErrsError)).toEqual(errorFields(await connect.fromResponse(await fetch(server.url + c.path))));
  });

  it('a success is handed on untouched', async () => {
    const client = new ClientBuilder()
      .withProjectKey('p')
      .withMiddleware(errsMiddleware())
      .withHttpMiddleware({ host: server.url, httpClient: () => Promise.resolve(new Response('{"id":"1","version":3}', { status: 200, headers: { 'content-type': 'application/json' } })) })
      .build();
    const ok = await client.execute({ uri: '/p/products/1', method: 'GET' });
    expect(ok.body).toEqual({ id: '1', version: 3 });
  });

  it('no response: UNAVAILABLE for a refused connection, CANCELLED for an abort and for its own timeout (an abort too)', async () => {
    const { origin } = new URL(await closedPortUrl());
    const refused = await thrownBy(commercetools(origin).execute({ uri: '/p/x', method: 'GET' }));
    expect(refused).toMatchObject({ vendor: 'connect', code: 'UNAVAILABLE', category: 'UNAVAILABLE', known: false, status: 0 });
    expect((refused as ErrsError).cause).toMatchObject({ error: { code: 'NetworkError' } });
    expect(firstFrame(refused as Error)).toMatch(/sdk-integrations\.test\.ts/);
    const timedOut = await thrownBy(commercetools(server.url, { timeout: 150 }).execute({ uri: '/hang', method: 'GET' }));
    expect(timedOut).toMatchObject({ vendor: 'connect', category: 'CANCELLED', known: false, status: 0 });
    const controller = new AbortController();
    const pending = thrownBy(commercetools(server.url, { timeout: 60_000, getAbortController: () => controller }).execute({ uri: '/hang', method: 'GET' }));
    setTimeout(() => {
      controller.abort();
    }, 50);
    expect(await pending).toMatchObject({ vendor: 'connect', category: 'CANCELLED', known: false, status: 0 });
  });
});

describe("@botpress/client with .catch(rethrow(catalog))", () => {
  it('every failing call rejects with the platform catalog\'s error, fromError\'s of the SDK\'s error, that error as cause, the stack from this call', async () => {
    expect(platformCases).toHaveLength(8);
    const client = new Client({ apiUrl: server.url, token: 'test-token', botId: 'bot_1' });
    for (const c of platformCases) {
      botpressAnswer = botpressRoutes.get(c.path);
      const plain = await thrownBy(client.getBot({ id: 'bot_1' }));
      let error: unknown;
      try {
        await client.getBot({ id: 'bot_1' }).catch(rethrow(platform));
      } catch (thrown) {
        error = thrown;
      }
      expect(platform.is(error), c.name).toBe(true);
      const e = error as ErrsError;
      // The same as fromError of the SDK's error (its cause); the SDK makes up a request id per call where the response has none.
      expect(errorFields(e), c.name).toEqual(errorFields(await platform.fromError(e.cause)));
      expect({ ...errorFields(e), requestId: undefined }, c.name).toEqual({ ...errorFields(await platform.fromError(plain)), requestId: undefined });
      expect((e.cause as Error).name, c.name).toBe((plain as Error).name);
      expect(firstFrame(e), c.name).toMatch(/sdk-integrations\.test\.ts/);
    }
  });

  it('a refused connection: the SDK\'s own UnknownError, read as fromError reads it (the platform\'s Unknown)', async () => {
    const { origin } = new URL(await closedPortUrl());
    const client = new Client({ apiUrl: origin, token: 'test-token', botId: 'bot_1' });
    const error = await thrownBy(client.getBot({ id: 'bot_1' }).catch(rethrow(platform)));
    expect(isErrsError(error)).toBe(true);
    // @botpress/client turns a failure without a response into its UnknownError, keeping only the message.
    expect(error).toMatchObject({ vendor: 'platform', code: 'Unknown', known: true });
    expect((error as ErrsError).message).toContain('ECONNREFUSED');
    expect(errorFields(error as ErrsError)).toEqual(errorFields(await platform.fromError((error as ErrsError).cause)));
  });
});
