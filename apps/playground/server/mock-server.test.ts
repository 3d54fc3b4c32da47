import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../src/lib/timeline';
import { vendorById, vendors } from '../src/vendors';
import type { MockServer } from './mock-server';
import { startMockServer } from './mock-server';

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server.close();
});

describe('mock vendor server', () => {
  it('listens on loopback, on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('lists vendors and scenarios', async () => {
    const res = await fetch(`${server.url}/mock/`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { vendors: string[]; scenarios: string[] };
    expect(body.vendors).toEqual(vendors.map((v) => v.id));
    expect(body.scenarios).toContain('rate-limit');
  });

  it('answers a scenario step by step, per run', async () => {
    const url = `${server.url}/mock/tidewater/scenario/rate-limit`;
    const first = await fetch(`${url}?run=a`, { method: 'POST' });
    expect(first.status).toBe(429);
    expect(first.headers.get('x-ratelimit-reset')).toBe('1');
    const error = await vendorById('tidewater').catalog.fromResponse(first);
    expect(error.code).toBe('quota_exceeded');
    expect((await fetch(`${url}?run=a`, { method: 'POST' })).status).toBe(200);
    // a new run starts over
    const again = await fetch(`${url}?run=b`, { method: 'POST' });
    expect(again.status).toBe(429);
    await again.body?.cancel();
  });

  it('encodes with the create options a request carries, and refuses bad ones', async () => {
    const omnia = vendorById('omnia').catalog;
    const code = omnia.codes.find((c) => !omnia.get(c)!.nested && !omnia.get(c)!.schema)!;
    const options = { requestId: 'req-9', status: 503, retryAfterMs: 30_000 };
    const res = await fetch(`${server.url}/mock/omnia/encode`, { method: 'POST', body: JSON.stringify({ code, params: {}, options }) });
    const expected = omnia.encode(omnia.create(code, {}, options));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual(expected.body);
    for (const bad of [{ status: 200 }, { requestId: 7 }, { retryAfterMs: -1 }, { details: 'x' }, []]) {
      const r = await fetch(`${server.url}/mock/omnia/encode`, { method: 'POST', body: JSON.stringify({ code, options: bad }) });
      expect(r.status, JSON.stringify(bad)).toBe(400);
    }
  });

  it('encodes any code on request, as toResponse does', async () => {
    for (const v of vendors) {
      const code = v.catalog.codes.find((c) => !v.catalog.get(c)!.nested && !v.catalog.get(c)!.schema)
        ?? v.catalog.codes.find((c) => !v.catalog.get(c)!.nested)!;
      const res = await fetch(`${server.url}/mock/${v.id}/encode`, { method: 'POST', body: JSON.stringify({ code, params: {} }) });
      if (res.status === 400 && v.catalog.get(code)!.status !== 400) {
        // params required by this code: the server says why
        expect(((await res.json()) as { error: string }).error).toMatch(/invalid params/);
        continue;
      }
      const error = await v.catalog.fromResponse(res);
      expect(error.code, v.id).toBe(code);
      expect(error.known).toBe(true);
    }
  });

  it('rejects bad requests without crashing', async () => {
    expect((await fetch(`${server.url}/mock/nope/encode`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${server.url}/mock/omnia/encode`, { method: 'POST', body: 'not json' })).status).toBe(400);
    expect((await fetch(`${server.url}/mock/omnia/encode`, { method: 'POST', body: '{"code":"NoSuchCode"}' })).status).toBe(400);
    expect((await fetch(`${server.url}/mock/omnia/encode`, { method: 'POST', body: 'x'.repeat(70_000) })).status).toBe(413);
    expect((await fetch(`${server.url}/mock/omnia/scenario/nope`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
  });

  it('drives the client through every scenario of every vendor', async () => {
    for (const v of vendors) {
      const result = await runScenario({
        catalog: v.catalog,
        url: `${server.url}/mock/${v.id}/scenario/unavailable?run=t`,
        fetch: (u, init) => fetch(u, init),
        sleep: () => Promise.resolve(),
      });
      expect(result.outcome, v.id).toBe('success');
      expect(result.attempts.length, v.id).toBe(3);
    }
  });
});
