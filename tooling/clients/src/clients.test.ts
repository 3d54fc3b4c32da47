import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@errs/core';
import { clients } from './clients.js';
import type { Case, TestServer } from './server.js';
import { closedPortUrl, serveCatalogs } from './server.js';
import { vendors } from './vendors.js';
import { errorFields } from '@errs/testkit';

/** What makes two errors the same error. */
const fields = errorFields;

let server: TestServer;
let cases: Map<string, Case[]>;

beforeAll(async () => {
  ({ server, cases } = await serveCatalogs(vendors));
});

afterAll(async () => {
  await server.close();
});

// Per vendor: three codes of distinct statuses, then these.
const CASES = ['retry-after', 'request-id', 'server-error', 'gateway-page', 'empty'];

describe.each(vendors.map((c) => [c.vendor, c] as const))('%s: every client\'s error is fromResponse of the same response', (vendor, catalog: Catalog) => {
  it.each(Object.keys(clients))('%s', async (name) => {
    const client = clients[name]!;
    const all = cases.get(vendor)!;
    expect(all.filter((c) => c.name.startsWith('code-'))).toHaveLength(3);
    expect(all.filter((c) => !c.name.startsWith('code-')).map((c) => c.name)).toEqual(CASES);
    for (const c of all) {
      const url = server.url + c.path;
      const thrown = await client(url);
      const error = await catalog.fromError(thrown);
      const expected = await catalog.fromResponse(await fetch(url));
      expect(fields(error), c.name).toEqual(fields(expected));
      // The case is what it says (so that two equal wrong answers cannot pass).
      expect(error.known, c.name).toBe(c.known);
      if (c.requestId !== undefined) expect(error.requestId, c.name).toBe(c.requestId);
      if (c.retryAfterMs !== undefined) expect(error.retryAfterMs, c.name).toBe(c.retryAfterMs);
    }
  });
});

describe.each(Object.keys(clients))('%s: requests that get no response', (name) => {
  const client = clients[name]!;
  const check = (thrown: unknown, category: string) =>
    Promise.all(
      vendors.map(async (catalog) => {
        const error = await catalog.fromError(thrown);
        expect(error, catalog.vendor).toMatchObject({ vendor: catalog.vendor, known: false, category, status: 0, code: category });
        expect(error.cause).toBe(thrown);
      }),
    );

  it('connection refused: UNAVAILABLE', async () => {
    await check(await client(await closedPortUrl()), 'UNAVAILABLE');
  });

  it("the client's timeout on a server that never answers: DEADLINE_EXCEEDED", async () => {
    await check(await client(`${server.url}/hang`, { timeoutMs: 150 }), 'DEADLINE_EXCEEDED');
  });

  it('an AbortController abort: CANCELLED', async () => {
    const controller = new AbortController();
    const pending = client(`${server.url}/hang`, { signal: controller.signal });
    setTimeout(() => { controller.abort(); }, 50);
    await check(await pending, 'CANCELLED');
  });
});
