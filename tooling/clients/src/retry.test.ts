import axios from 'axios';
import axiosRetry from 'axios-retry';
import ky from 'ky';
import ky1 from 'ky1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@errs/core';
import { paramsArbitrary } from '@errs/core/testing';
import fc from 'fast-check';
import { axiosRetryOptions, kyRetry } from './recipes.js';
import type { Served, TestServer } from './server.js';
import { startServer } from './server.js';
import { connect, platform } from './vendors.js';

// A retryable error with Retry-After: 1 (then a success), and a 404 that must not be retried, per vendor.
const VENDORS = [connect, platform] as unknown as readonly Catalog[];
const RECIPES = ['ky 1', 'ky 2', 'axios-retry'] as const;
const slug = (recipe: string) => recipe.replace(' ', '');

let server: TestServer;

async function served(response: Response): Promise<Served> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

function errorOf(catalog: Catalog, predicate: (code: string) => boolean, options: object = {}) {
  const code = catalog.codes.find((c) => !catalog.get(c)!.nested && predicate(c))!;
  const [params] = fc.sample(paramsArbitrary(fc, catalog.get(code)!), 1);
  return catalog.create(code, params, options);
}

beforeAll(async () => {
  const first = new Map<string, Served>();
  const routes = new Map<string, Served>();
  for (const catalog of VENDORS) {
    const busy = catalog.toResponse(errorOf(catalog, (c) => catalog.get(c)!.retryable, { retryAfterMs: 1000 }));
    const body = await served(busy);
    const missing = await served(catalog.toResponse(errorOf(catalog, (c) => catalog.get(c)!.status === 404)));
    for (const recipe of RECIPES) {
      first.set(`/retry/${catalog.vendor}/${slug(recipe)}`, body);
      first.set(`/post/${catalog.vendor}/${slug(recipe)}`, body);
      routes.set(`/missing/${catalog.vendor}/${slug(recipe)}`, missing);
    }
  }
  server = await startServer(routes, first);
});

afterAll(async () => {
  await server.close();
});

function request(recipe: (typeof RECIPES)[number], catalog: Catalog, url: string, method: 'get' | 'post' = 'get'): Promise<unknown> {
  if (recipe === 'ky 1') return ky1(url, { method, retry: kyRetry(catalog) }).json();
  if (recipe === 'ky 2') return ky(url, { method, retry: kyRetry(catalog) }).json();
  const client = axios.create();
  axiosRetry(client, axiosRetryOptions(catalog));
  return client.request({ url, method }).then((r) => r.data as unknown);
}

const failure = (request: Promise<unknown>): Promise<unknown> =>
  request.then(
    () => undefined,
    (error: unknown) => error,
  );

describe.each(VENDORS.map((c) => [c.vendor, c] as const))('%s: retryDelay in the clients\' retry hooks', (vendor, catalog) => {
  it.each(RECIPES)('%s: waits for Retry-After, then succeeds', async (recipe) => {
    const path = `/retry/${vendor}/${slug(recipe)}`;
    expect(await request(recipe, catalog, server.url + path)).toEqual({ ok: true });
    const [firstAt, secondAt, ...more] = server.seen.get(path)!;
    expect(more).toEqual([]);
    // Retry-After: 1 is a floor: the retry came no sooner (a timer may fire a little early against performance.now).
    expect(secondAt! - firstAt!).toBeGreaterThanOrEqual(980);
  });

  it.each(RECIPES)('%s: does not retry an error errs does not advise to retry', async (recipe) => {
    const path = `/missing/${vendor}/${slug(recipe)}`;
    const thrown = await failure(request(recipe, catalog, server.url + path));
    expect(await catalog.fromError(thrown)).toMatchObject({ status: 404, known: true, retryable: false });
    expect(server.seen.get(path)).toHaveLength(1);
  });

  it.each(RECIPES)('%s: does not retry a POST, whose repetition may not be safe, even for a retryable error', async (recipe) => {
    const path = `/post/${vendor}/${slug(recipe)}`;
    const thrown = await failure(request(recipe, catalog, server.url + path, 'post'));
    expect(await catalog.fromError(thrown)).toMatchObject({ known: true, retryable: true, retryAfterMs: 1000 });
    expect(server.seen.get(path)).toHaveLength(1);
  });
});
