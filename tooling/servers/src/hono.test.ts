import { defineCatalog } from '@errs/core';
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

describe('hono errorHandler, more', () => {
  it("drops the own response's body headers (length, encoding), and takes no headers from what is masked", async () => {
    const vendor = vendors[0]!;
    const hono = new Hono();
    hono.onError(errorHandler(vendor.catalog, { onError: () => undefined }));
    hono.get('/gzip', () => {
      const res = new Response('Log in', { status: 401, headers: { 'content-length': '6', 'content-encoding': 'gzip', 'content-type': 'text/plain', 'x-own': 'kept' } });
      throw new HTTPException(401, { res });
    });
    hono.get('/masked', () => {
      // No status of its own: masked, whatever response it carries.
      throw Object.assign(new Error('x'), { res: new Response('secret', { headers: { 'x-secret': 'hunter2' } }) });
    });
    const gzip = await hono.request('/gzip');
    expect(gzip.status).toBe(401);
    expect(gzip.headers.get('x-own')).toBe('kept');
    expect(gzip.headers.get('content-encoding')).toBeNull();
    expect(gzip.headers.get('content-length')).not.toBe('6');
    expect(gzip.headers.get('content-type')).not.toMatch(/text\/plain/);
    await expectSent(vendor, gzip, statusError(vendor, 401), false);
    const masked = await hono.request('/masked');
    expect(masked.status).toBe(vendor.internal[1]);
    expect(masked.headers.get('x-secret')).toBeNull();
  });

  it("logs an own 5xx status and the vendor's own 5xx error, not its 4xx, without onError", async () => {
    const vendor = vendors[0]!;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const hono = new Hono();
      hono.onError(errorHandler(vendor.catalog));
      const unavailable = new HTTPException(503, { message: 'maintenance' });
      const ownInternal = vendor.catalog.create(vendor.internal[0], undefined, {});
      hono.get('/unavailable', () => {
        throw unavailable;
      });
      hono.get('/own-internal', () => {
        throw ownInternal;
      });
      hono.get('/own', () => {
        throw vendor.own();
      });
      expect((await hono.request('/unavailable')).status).toBe(503);
      expect(logged.mock.calls).toEqual([[unavailable]]);
      expect((await hono.request('/own-internal')).status).toBe(500);
      expect(logged.mock.calls.at(-1)).toEqual([ownInternal]);
      expect((await hono.request('/own')).status).toBe(vendor.own().status);
      expect(logged).toHaveBeenCalledTimes(2);
    } finally {
      logged.mockRestore();
    }
  });

  it('does not log with onError given', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const seen: HandledError[] = [];
      const { hono } = app(vendors[0]!, (handled) => seen.push(handled));
      expect((await hono.request('/boom')).status).toBe(500);
      expect(seen).toHaveLength(1);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});

describe('hono errorHandler logs what it masks', () => {
  it('even where the internal code of the catalog is documented with a 4xx', async () => {
    const odd = defineCatalog({ vendor: 'odd', envelope: vendors[0]!.catalog.envelope, internal: 'refused', errors: { refused: { status: 400, message: 'Refused.', category: 'INVALID_ARGUMENT' } } });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const hono = new Hono();
      hono.onError(errorHandler(odd));
      const original = secretError();
      hono.get('/boom', () => {
        throw original;
      });
      expect((await hono.request('/boom')).status).toBe(400);
      expect(logged.mock.calls).toEqual([[original]]);
    } finally {
      logged.mockRestore();
    }
  });
});
