import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { defineCatalog } from '@errs/core';
import { errorHandler } from '@errs/core/express';
import type { HandledError } from '@errs/core/express';
import express from 'express';
import type { Request } from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectSent, foreignError, internalError, leaks, secretError, statusError, vendors } from './vendors.js';
import type { Vendor } from './vendors.js';

/** An Express 5 app on 127.0.0.1 (port 0) with the vendor's error handler after its routes. */
async function serve(vendor: Vendor, onError?: (handled: HandledError<Request>) => void) {
  const app = express();
  const thrown: unknown[] = [];
  app.post('/orders', express.json({ limit: '64b' }), (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/own', () => {
    throw vendor.own();
  });
  app.get('/boom', () => {
    const error = secretError();
    thrown.push(error);
    throw error;
  });
  app.get('/async-boom', async () => {
    await Promise.resolve();
    const error = secretError();
    thrown.push(error);
    throw error;
  });
  app.get('/partial', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"items":[');
    const error = secretError();
    thrown.push(error);
    throw error;
  });
  app.get('/foreign', () => {
    const error = foreignError(vendor);
    thrown.push(error);
    throw error;
  });
  app.use(errorHandler(vendor.catalog, onError ? { onError } : {}));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => { resolve(s); });
  });
  const { port } = server.address() as AddressInfo;
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  return { url, thrown, close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })) };
}

// A fresh time limit per request (a hang detector): one signal made at load time aborted every
// request of a file that ran past it on a loaded machine.
const post = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(60_000) });
const get = () => ({ signal: AbortSignal.timeout(60_000) });

describe.each(vendors)('express errorHandler: $name', (vendor) => {
  const seen: HandledError<Request>[] = [];
  let app: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    app = await serve(vendor, (handled) => seen.push(handled));
  });
  afterAll(() => app.close());

  it('sends an error of the vendor exactly as encode says', async () => {
    await expectSent(vendor, await fetch(app.url('/own'), get()), vendor.own());
    expect(seen.at(-1)?.kind).toBe('vendor');
  });

  it("keeps express.json()'s 400 (bad JSON) and 413 (too large), in the vendor's envelope", async () => {
    const ok = await fetch(app.url('/orders'), post('{"id":1}'));
    expect(await ok.json()).toEqual({ ok: true });

    await expectSent(vendor, await fetch(app.url('/orders'), post('{"id": 1,')), statusError(vendor, 400), false);
    expect(seen.at(-1)).toMatchObject({ kind: 'status', thrown: { status: 400, type: 'entity.parse.failed' } });

    await expectSent(vendor, await fetch(app.url('/orders'), post(JSON.stringify({ notes: 'x'.repeat(200) }))), statusError(vendor, 413), false);
    expect(seen.at(-1)).toMatchObject({ kind: 'status', thrown: { status: 413, type: 'entity.too.large' } });
  });

  it.each(['/boom', '/async-boom', '/foreign'])('masks what %s throws as the generic internal error, and logs the original', async (path) => {
    const response = await fetch(app.url(path), get());
    const text = await expectSent(vendor, response, internalError(vendor), false);
    const original = app.thrown.at(-1);
    expect(leaks(original, text)).toEqual([]);
    expect(seen.at(-1)).toMatchObject({ kind: 'internal', sent: { code: vendor.internal[0], cause: original } });
    expect(seen.at(-1)?.thrown).toBe(original);
  });
});

describe('express errorHandler after headers are sent', () => {
  it('reports the error to onError and lets Express close the connection', async () => {
    const vendor = vendors[4]!;
    const seen: HandledError<Request>[] = [];
    const app = await serve(vendor, (handled) => seen.push(handled));
    try {
      const read = fetch(app.url('/partial'), get()).then((r) => r.text());
      await expect(read).rejects.toThrow(); // the body never completes: no envelope glued onto it
      expect(seen).toHaveLength(1);
      expect(seen[0]?.thrown).toBe(app.thrown[0]);
    } finally {
      await app.close();
    }
  });
});

describe('express errorHandler without onError', () => {
  it('logs a masked error with console.error, and leaves the original on res.locals for a request logger', async () => {
    const vendor = vendors[0]!;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const original = secretError();
    let locals: unknown;
    const app = express();
    // What a request logger (pino-http, morgan) does: read the response when it is finished.
    app.use((_req, res, next) => {
      res.on('finish', () => {
        locals = (res.locals as { errsThrown?: unknown }).errsThrown;
      });
      next();
    });
    app.get('/boom', () => {
      throw original;
    });
    app.use(errorHandler(vendor.catalog));
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => { resolve(s); });
    });
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/boom`, get());
      expect(response.status).toBe(500);
      expect(leaks(original, await response.text())).toEqual([]);
      expect(logged.mock.calls).toEqual([[original]]);
      await vi.waitFor(() => { expect(locals).toBe(original); });
    } finally {
      logged.mockRestore();
      await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    }
  });
});

describe('express errorHandler logs without onError: 5xx and masked only', () => {
  it('logs an own status of 5xx and an error of the vendor of 5xx, not one of 4xx; never with onError', async () => {
    const vendor = vendors[0]!;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const thrown = {
      unavailable: Object.assign(new Error('upstream down'), { status: 503 }),
      bad: Object.assign(new Error('bad body'), { status: 400 }),
      ownInternal: vendor.catalog.create(vendor.internal[0], undefined, {}),
      ownMissing: vendor.own(),
    };
    const start = async (options: Parameters<typeof errorHandler>[1]) => {
      const app = express();
      for (const [name, error] of Object.entries(thrown)) {
        app.get(`/${name}`, () => {
          throw error;
        });
      }
      app.get('/boom', () => {
        throw secretError();
      });
      app.use(errorHandler(vendor.catalog, options));
      const server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => { resolve(s); });
      });
      const { port } = server.address() as AddressInfo;
      return { url: (path: string) => `http://127.0.0.1:${port}${path}`, close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })) };
    };
    const plain = await start({});
    try {
      expect((await fetch(plain.url('/unavailable'), get())).status).toBe(503);
      expect(logged.mock.calls).toEqual([[thrown.unavailable]]);
      expect((await fetch(plain.url('/bad'), get())).status).toBe(400);
      expect(logged).toHaveBeenCalledTimes(1);
      expect((await fetch(plain.url('/ownInternal'), get())).status).toBe(500);
      expect(logged.mock.calls.at(-1)).toEqual([thrown.ownInternal]);
      expect((await fetch(plain.url('/ownMissing'), get())).status).toBe(vendor.own().status);
      expect(logged).toHaveBeenCalledTimes(2);
    } finally {
      await plain.close();
    }
    const seen: HandledError<Request>[] = [];
    const reporting = await start({ onError: (handled) => seen.push(handled) });
    try {
      expect((await fetch(reporting.url('/boom'), get())).status).toBe(500);
      expect((await fetch(reporting.url('/unavailable'), get())).status).toBe(503);
      expect(seen.map((h) => h.kind)).toEqual(['internal', 'status']);
      expect(logged).toHaveBeenCalledTimes(2); // onError replaces console.error
    } finally {
      logged.mockRestore();
      await reporting.close();
    }
  });
});

describe('express errorHandler logs what it masks', () => {
  it('even where the internal code of the catalog is documented with a 4xx', async () => {
    const odd = defineCatalog({ vendor: 'odd', envelope: vendors[0]!.catalog.envelope, internal: 'refused', errors: { refused: { status: 400, message: 'Refused.', category: 'INVALID_ARGUMENT' } } });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const original = secretError();
    const app = express();
    app.get('/boom', () => {
      throw original;
    });
    app.use(errorHandler(odd));
    const server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => { resolve(s); });
    });
    try {
      const { port } = server.address() as AddressInfo;
      expect((await fetch(`http://127.0.0.1:${port}/boom`, get())).status).toBe(400);
      expect(logged.mock.calls).toEqual([[original]]);
    } finally {
      logged.mockRestore();
      await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    }
  });
});
