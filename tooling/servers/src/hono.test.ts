import { errorHandler } from '@errs/core/hono';
import type { HandledError } from '@errs/core/hono';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { expectSent, foreignError, internalError, leaks, secretError, statusError, vendors } from './vendors.js';
import type { Vendor } from './vendors.js';

/** A Hono 4 app with the vendor's error handler; requests go through `app.request`. */
function app(vendor: Vendor, onError?: (handled: HandledError) => void) {
  const thrown: unknown[] = [];
  const hono = new Hono();
  hono.onError(errorHandler(vendor.catalog, onError ? { onError } : {}));
  hono.use(async (c, next) => {
    c.header('x-served-by', 'hono-test'); // a middleware's header: kept on error responses too
    await next();
  });
  hono.get('/own', () => {
    throw vendor.own();
  });
  hono.get('/teapot', () => {
    throw new HTTPException(400, { message: 'the body is not an order' });
  });
  hono.get('/login', () => {
    // What hono/basic-auth throws: an HTTPException with a response of its own.
    const res = new Response('Log in to see orders', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="orders"', 'content-type': 'text/plain' } });
    throw new HTTPException(401, { res });
  });
  hono.get('/boom', async () => {
    await Promise.resolve();
    const error = secretError();
    thrown.push(error);
    throw error;
  });
  hono.get('/foreign', () => {
    const error = foreignError(vendor);
    thrown.push(error);
    throw error;
  });
  return { hono, thrown };
}

describe.each(vendors)('hono errorHandler: $name', (vendor) => {
  const seen: HandledError[] = [];
  const { hono, thrown } = app(vendor, (handled) => seen.push(handled));

  it('sends an error of the vendor exactly as encode says', async () => {
    const response = await hono.request('/own');
    expect(response.headers.get('x-served-by')).toBe('hono-test');
    await expectSent(vendor, response, vendor.own());
  });

  it("keeps an HTTPException's status in the vendor's envelope, and its response's headers but not its body", async () => {
    const bad = await hono.request('/teapot');
    expect(bad.headers.get('x-served-by')).toBe('hono-test');
    const text = await expectSent(vendor, bad, statusError(vendor, 400), false);
    expect(text).not.toContain('the body is not an order');
    expect(seen.at(-1)).toMatchObject({ kind: 'status', thrown: { status: 400 } });

    const login = await hono.request('/login');
    expect(login.headers.get('www-authenticate')).toBe('Basic realm="orders"');
    expect(await expectSent(vendor, login, statusError(vendor, 401), false)).not.toContain('Log in to see orders');
  });

  it.each(['/boom', '/foreign'])('masks what %s throws as the generic internal error, and onError has the original', async (path) => {
    const text = await expectSent(vendor, await hono.request(path), internalError(vendor), false);
    const original = thrown.at(-1);
    expect(leaks(original, text)).toEqual([]);
    expect(seen.at(-1)).toMatchObject({ kind: 'internal', sent: { code: vendor.internal[0] } });
    expect(seen.at(-1)?.thrown).toBe(original);
  });
});

describe('hono errorHandler without onError', () => {
  it('logs a masked error with console.error, as Hono does', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { hono, thrown } = app(vendors[3]!);
      const response = await hono.request('/boom');
      expect(response.status).toBe(500);
      expect(logged.mock.calls).toEqual([[thrown[0]]]);
      const login = await hono.request('/login');
      expect(login.status).toBe(401);
      expect(logged).toHaveBeenCalledTimes(1); // a 4xx is the client's doing: not logged
    } finally {
      logged.mockRestore();
    }
  });
});
