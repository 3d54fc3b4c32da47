// The client integrations (@errs/core/axios, ky, ofetch, got, openapi-fetch, fetch, and
// @errs/connect/sdk) against a local server answering with every vendor's errors: one line of setup,
// and each failing call rejects with the error fromError gives for the same response.
import { isErrsError } from '@errs/core';
import type { Catalog, ErrsError } from '@errs/core';
import { errorFields } from '@errs/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Integrated, Outcome } from './integrated.js';
import { integrated } from './integrated.js';
import { ky2Runs, ky2Skip } from './ky2.js';
import type { Case, Served, TestServer } from './server.js';
import { closedPortUrl, serveCatalogs } from './server.js';
import { vendors } from './vendors.js';

let server: TestServer;
let cases: Map<string, Case[]>;
const OK = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };

beforeAll(async () => {
  ({ server, cases } = await serveCatalogs(vendors, new Map<string, Served>([['/ok', OK]])));
});

afterAll(async () => {
  await server.close();
});

const CLIENTS = Object.keys(integrated).filter((name) => name !== 'ky 2' || ky2Runs);
if (ky2Skip) it.skip(ky2Skip, () => undefined);

/** The error a call rejected with (a call that resolved fails the test). */
function rejected(outcome: Outcome, what: string): ErrsError {
  if (outcome.ok) throw new Error(`${what}: the call resolved with ${JSON.stringify(outcome.value)}`);
  return outcome.error as ErrsError;
}

/** The first frame of a stack: where it starts. */
// The first `at` line: a message may have lines of its own (an HTML page's text).
const firstFrame = (error: Error) => (error.stack ?? '').split('\n').find((line) => /^\s+at /.test(line)) ?? '';

/** What each client's error is, as the `cause` of the catalog's error (a response's status where it has one). */
function causeOf(name: string, cause: unknown): string {
  const c = cause as Record<string, unknown> & { response?: { status?: number; statusCode?: number } };
  if (cause instanceof Response) return `Response ${cause.status}`;
  switch (name) {
    case 'axios':
      return `${String(c.name)} ${String(c.response?.status)}`;
    case 'ky 1':
    case 'ky 2':
      return `${String(c.name)} ${String(c.response?.status)}`;
    case 'got':
      return `${String(c.name)} ${String(c.response?.statusCode)}`;
    default:
      return String(c.name);
  }
}

const HTTP_CAUSE: Readonly<Record<string, string>> = {
  axios: 'AxiosError',
  'ky 1': 'HTTPError',
  'ky 2': 'HTTPError',
  got: 'HTTPError',
  ofetch: 'Response',
  'openapi-fetch': 'Response',
  fetch: 'Response',
};

describe.each(vendors.map((c) => [c.vendor, c] as const))('%s: a client set up once rejects with the catalog\'s error', (vendor, catalog: Catalog) => {
  it.each(CLIENTS)('%s: the error fromError gives for the same response, its stack from the call, the client\'s error as cause', async (name) => {
    const call: Integrated = integrated[name]!(catalog);
    for (const c of cases.get(vendor)!) {
      const url = server.url + c.path;
      const error = rejected(await call(url), c.name);
      const expected = await catalog.fromResponse(await fetch(url));
      expect(isErrsError(error), c.name).toBe(true);
      expect(catalog.is(error), c.name).toBe(true);
      expect(errorFields(error), c.name).toEqual(errorFields(expected));
      expect(error.known, c.name).toBe(c.known);
      expect(causeOf(name, error.cause), c.name).toBe(`${HTTP_CAUSE[name]} ${expected.status}`);
      // The user's frame: the call in integrated.ts, not the client's nor errs's code.
      expect(firstFrame(error), c.name).toMatch(/integrated\.ts/);
    }
  });
});

describe.each(CLIENTS)('%s set up with errs', (name) => {
  const catalog = vendors[3]!; // connect
  const call = () => integrated[name]!(catalog);

  it('a success is handed on untouched, its body read by the caller', async () => {
    expect(await call()(`${server.url}/ok`)).toEqual({ ok: true, value: { ok: true } });
  });

  const noResponse = async (outcome: Outcome, category: string) => {
    const error = rejected(outcome, category);
    // ky 1 throws these without calling a hook, and got an abort by your signal (@errs/core's README
    // says so): fromError reads them.
    if (name === 'ky 1' || (name === 'got' && category === 'CANCELLED')) {
      expect(isErrsError(error)).toBe(false);
      expect(await catalog.fromError(error)).toMatchObject({ category, known: false, status: 0 });
      return;
    }
    expect(error).toMatchObject({ vendor: 'connect', code: category, category, known: false, status: 0 });
    const expected = await catalog.fromError(error.cause);
    expect(errorFields(error)).toEqual(errorFields(expected));
    expect(firstFrame(error)).toMatch(/integrated\.ts/);
  };

  it('connection refused: UNAVAILABLE', async () => {
    await noResponse(await call()(await closedPortUrl()), 'UNAVAILABLE');
  });

  it("the client's timeout on a server that never answers: DEADLINE_EXCEEDED", async () => {
    await noResponse(await call()(`${server.url}/hang`, { timeoutMs: 150 }), 'DEADLINE_EXCEEDED');
  });

  it('an AbortController abort: CANCELLED', async () => {
    const controller = new AbortController();
    const pending = call()(`${server.url}/hang`, { signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 50);
    await noResponse(await pending, 'CANCELLED');
  });
});
