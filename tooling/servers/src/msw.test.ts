// The MSW recipe of the vendor READMEs: a handler answers with `catalog.toResponse(error)`, the code
// under test reads it back with `fromResponse`. MSW intercepts fetch in-process: nothing leaves it.
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { vendors } from './vendors.js';

const server = setupServer();
beforeAll(() => { server.listen({ onUnhandledRequest: 'error' }); });
afterEach(() => { server.resetHandlers(); });
afterAll(() => { server.close(); });

describe.each(vendors)('MSW mock of $name', (vendor) => {
  const url = `https://api.${vendor.name}.example/v1/things/17`;

  it('answers as the vendor does, and the client reads back the same error', async () => {
    const error = vendor.own();
    server.use(http.get(url, () => vendor.catalog.toResponse(error)));

    const response = await fetch(url);
    const encoded = vendor.catalog.encode(error);
    expect(response.status).toBe(encoded.status);
    expect(Object.fromEntries(response.headers)).toMatchObject(encoded.headers);
    expect(await response.clone().json()).toEqual(encoded.body);

    const back = await vendor.catalog.fromResponse(response);
    expect(vendor.catalog.is(back)).toBe(true);
    expect(back).toMatchObject({ vendor: vendor.name, code: error.code, status: error.status, known: true, params: error.params });
    expect(back.requestId).toBe(error.requestId);
    expect(back.retryAfterMs).toBe(error.retryAfterMs);
  });

  it("mocks the vendor's generic internal error just as well", async () => {
    server.use(http.get(url, () => vendor.catalog.toResponse(vendor.catalog.create(vendor.internal[0] as never, undefined, {}))));
    const back = await vendor.catalog.fromResponse(await fetch(url));
    expect(back).toMatchObject({ code: vendor.internal[0], status: vendor.internal[1], known: true });
  });
});
