// The client integrations keep each client's own retries: counted by the requests a local server
// receives. A retryable error (502) is retried as the client's settings say and the last attempt's
// error is the catalog's; an error the client does not retry (404, or a POST) is sent once.
import { isErrsError } from '@errs/core';
import type { Catalog } from '@errs/core';
import { errsInterceptor } from '@errs/core/axios';
import { errsHooks as gotHooks } from '@errs/core/got';
import { errsHooks as kyHooks } from '@errs/core/ky';
import { errsHooks as ofetchHooks } from '@errs/core/ofetch';
import axios from 'axios';
import axiosRetry from 'axios-retry';
import got from 'got';
import ky from 'ky';
import ky1 from 'ky1';
import { ofetch } from 'ofetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commercetools } from './integrated.js';
import { ky2Runs } from './ky2.js';
import type { Served, TestServer } from './server.js';
import { startServer } from './server.js';
import { connect, platform } from './vendors.js';

const catalog = connect as unknown as Catalog;
let server: TestServer;

async function served(response: Response): Promise<Served> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

type Method = 'get' | 'post';
/** One call of a client with the given retry settings, set up with errs or not: what it settled with. */
type Call = (url: string, method: Method, errs: boolean) => Promise<unknown>;

const settle = (request: Promise<unknown>): Promise<unknown> =>
  request.then(
    (value: unknown) => ({ resolved: value }),
    (error: unknown) => error,
  );

// Each client, set up with errs, retrying twice (a 502 is a retried status for all of them) without a backoff to wait.
const CLIENTS: Record<string, Call> = {
  'axios + axios-retry': (url, method, errs) => {
    const client = axios.create();
    axiosRetry(client, { retries: 2 }); // before errs: see @errs/core/axios
    if (errs) client.interceptors.response.use(undefined, errsInterceptor(catalog));
    return settle(client.request({ url, method }).then((r) => r.data as unknown));
  },
  'ky 1': (url, method, errs) => {
    const hooks = errs ? (kyHooks(catalog) as unknown as NonNullable<Parameters<typeof ky1.create>[0]>['hooks']) : {};
    return settle(ky1(url, { method, hooks, retry: { limit: 2, delay: () => 0 } }).json());
  },
  ...(ky2Runs
    ? { 'ky 2': (url: string, method: Method, errs: boolean) => settle(ky(url, { method, hooks: errs ? kyHooks(catalog) : {}, retry: { limit: 2, delay: () => 0 } }).json()) }
    : {}),
  ofetch: (url, method, errs) => settle(ofetch.create(errs ? { ...ofetchHooks(catalog) } : {})(url, { method, retry: 2, retryDelay: 0 })),
  got: (url, method, errs) =>
    settle(
      got.extend(errs ? { hooks: gotHooks(catalog) } : {})(url, { method, retry: { limit: 2, calculateDelay: ({ computedValue }) => (computedValue ? 1 : 0) } }).json(),
    ),
  '@commercetools/ts-client + errsMiddleware': async (url, method, errs) => {
    const { origin, pathname } = new URL(url);
    const retry = { enableRetry: true, retryConfig: { maxRetries: 2, retryDelay: 0, backoff: false, retryCodes: [502] } };
    const client = errs ? commercetools(origin, retry) : commercetools(origin, retry, (next) => next);
    return settle(client.execute({ uri: pathname, method: method === 'get' ? 'GET' : 'POST' }));
  },
};
const NAMES = Object.keys(CLIENTS);
const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-');

beforeAll(async () => {
  const busy = await served(catalog.toResponse(catalog.create('BadGateway', {}, { retryAfterMs: 1000 })));
  const missing = await served(catalog.toResponse(catalog.create('ResourceNotFound', {})));
  const routes = new Map<string, Served>();
  const first = new Map<string, Served>();
  for (const name of NAMES) {
    for (const setup of ['errs', 'plain']) {
      routes.set(`/busy/${setup}/${slug(name)}`, busy);
      routes.set(`/post/${setup}/${slug(name)}`, busy);
      routes.set(`/missing/${setup}/${slug(name)}`, missing);
      first.set(`/retry-after/${setup}/${slug(name)}`, busy);
    }
  }
  const rateLimited = await served((platform as unknown as Catalog).toResponse((platform as unknown as Catalog).create('RateLimited', {}, { retryAfterMs: 1000 })));
  for (const name of ['ky 1', 'ky 2', 'got']) first.set(`/rate-limited/${slug(name)}`, rateLimited);
  routes.set('/busy/axios-registered-first', busy);
  server = await startServer(routes, first);
});

afterAll(async () => {
  await server.close();
});

describe.each(NAMES)("%s: the client's own retries, counted", (name) => {
  const call = CLIENTS[name]!;
  /** Calls the path with errs and without: the requests the server received for each, and what the call with errs settled with. */
  const both = async (route: string, method: Method) => {
    const path = (setup: string) => `/${route}/${setup}/${slug(name)}`;
    const outcome = await call(server.url + path('errs'), method, true);
    await call(server.url + path('plain'), method, false);
    const count = (setup: string) => server.seen.get(path(setup))?.length ?? 0;
    return { outcome, withErrs: count('errs'), without: count('plain') };
  };

  it("a 502 is retried twice, as without errs, then the call rejects with the catalog's error, Retry-After kept", async () => {
    const { outcome, withErrs, without } = await both('busy', 'get');
    expect([withErrs, without]).toEqual([3, 3]);
    expect(isErrsError(outcome)).toBe(true);
    expect(outcome).toMatchObject({ vendor: 'connect', code: 'BadGateway', status: 502, retryAfterMs: 1000, known: true });
  });

  it("a 404 is sent once, as without errs, and rejects with the catalog's error", async () => {
    const { outcome, withErrs, without } = await both('missing', 'get');
    expect([withErrs, without]).toEqual([1, 1]);
    expect(outcome).toMatchObject({ vendor: 'connect', code: 'ResourceNotFound', status: 404, known: true });
  });

  it('a POST answered 502 is retried exactly as without errs', async () => {
    const { outcome, withErrs, without } = await both('post', 'post');
    // A POST is not repeated by default; ofetch's `retry: 2` and commercetools' retryCodes apply to every method.
    expect([withErrs, without]).toEqual(name === 'ofetch' || name.startsWith('@commercetools') ? [3, 3] : [1, 1]);
    expect(outcome).toMatchObject({ vendor: 'connect', code: 'BadGateway', status: 502 });
  });

  it('a 502 then a 200: the retry succeeds, as without errs, and the call resolves', async () => {
    const { outcome, withErrs, without } = await both('retry-after', 'get');
    expect([withErrs, without]).toEqual([2, 2]);
    expect(isErrsError(outcome)).toBe(false);
    expect(outcome).toMatchObject({ resolved: expect.anything() as unknown });
  });
});

// Retry-After as the clients themselves read it: ky (429 is one of its afterStatusCodes) and got wait
// at least what the server asks, errs set up or not.
describe("Retry-After: 1 on a 429, then a success: the client's own wait is kept", () => {
  const limited = platform as unknown as Catalog;
  const WAITERS: Record<string, (url: string) => Promise<unknown>> = {
    'ky 1': (url) => ky1(url, { hooks: kyHooks(limited) as unknown as NonNullable<Parameters<typeof ky1.create>[0]>['hooks'], retry: { limit: 2 } }).json(),
    ...(ky2Runs ? { 'ky 2': (url: string) => ky(url, { hooks: kyHooks(limited), retry: { limit: 2 } }).json() } : {}),
    got: (url) => got.extend({ hooks: gotHooks(limited) })(url, { retry: { limit: 2 } }).json(),
  };

  it.each(Object.keys(WAITERS))('%s', async (name) => {
    const path = `/rate-limited/${slug(name)}`;
    expect(await WAITERS[name]!(server.url + path)).toEqual({ ok: true });
    const [firstAt, secondAt, ...more] = server.seen.get(path)!;
    expect(more).toEqual([]);
    // A floor: the retry came no sooner (a timer may fire a little early against performance.now).
    expect(secondAt! - firstAt!).toBeGreaterThanOrEqual(980);
  });
});

describe('axios: errs registered before axios-retry', () => {
  it("hands axios-retry an error that is not axios's: nothing is retried (hence: register it after)", async () => {
    const client = axios.create();
    client.interceptors.response.use(undefined, errsInterceptor(catalog));
    axiosRetry(client, { retries: 2 });
    const path = '/busy/axios-registered-first';
    const error = await settle(client.get(server.url + path));
    expect(server.seen.get(path)).toHaveLength(1);
    expect(error).toMatchObject({ vendor: 'connect', code: 'BadGateway', status: 502 });
  });
});
