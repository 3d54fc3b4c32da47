import { errorHandler } from '@errs/core/fastify';
import type { HandledError } from '@errs/core/fastify';
import Fastify from 'fastify';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSent, foreignError, internalError, leaks, secretError, statusError, vendors } from './vendors.js';
import type { Vendor } from './vendors.js';

/** What Fastify's logger (pino) wrote, one JSON object a line. */
interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly err?: { readonly message: string; readonly stack: string };
}

/** A Fastify 5 app with the vendor's error handler, logging into `lines`. */
async function app(vendor: Vendor, onError?: (handled: HandledError<FastifyRequest>) => void) {
  const lines: LogLine[] = [];
  const thrown: unknown[] = [];
  const fastify = Fastify({
    bodyLimit: 64,
    logger: { level: 'info', stream: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) } },
  });
  fastify.setErrorHandler(errorHandler(vendor.catalog, onError ? { onError } : {}));
  fastify.post(
    '/orders',
    { schema: { body: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } } } },
    () => ({ ok: true }),
  );
  fastify.get('/own', () => {
    throw vendor.own();
  });
  fastify.get('/boom', async () => {
    await Promise.resolve();
    const error = secretError();
    thrown.push(error);
    throw error;
  });
  fastify.get('/foreign', () => {
    const error = foreignError(vendor);
    thrown.push(error);
    throw error;
  });
  await fastify.ready();
  const inject = async (options: { method?: 'GET' | 'POST'; url: string; payload?: string; contentType?: string }) => {
    const res = await fastify.inject({
      method: options.method ?? 'GET',
      url: options.url,
      ...(options.payload === undefined ? {} : { payload: options.payload, headers: { 'content-type': options.contentType ?? 'application/json' } }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
    return new Response(res.body, { status: res.statusCode, headers });
  };
  return { fastify, inject, lines, thrown };
}

describe.each(vendors)('fastify errorHandler: $name', (vendor) => {
  let server: Awaited<ReturnType<typeof app>>;
  beforeAll(async () => {
    server = await app(vendor);
  });
  afterAll(() => server.fastify.close());

  it('sends an error of the vendor exactly as encode says', async () => {
    await expectSent(vendor, await server.inject({ url: '/own' }), vendor.own());
  });

  it("keeps the status of Fastify's own errors, in the vendor's envelope, logged at info", async () => {
    expect(await (await server.inject({ method: 'POST', url: '/orders', payload: '{"id":1}' })).json()).toEqual({ ok: true });
    const cases = [
      { payload: '{"name":"no id"}', status: 400, code: 'FST_ERR_VALIDATION' }, // schema validation
      { payload: '{"id": 1,', status: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' },
      { payload: '<order id="1"/>', contentType: 'application/xml', status: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' },
      { payload: JSON.stringify({ id: 1, notes: 'x'.repeat(200) }), status: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' },
    ] as const;
    for (const c of cases) {
      const before = server.lines.length;
      const response = await server.inject({ method: 'POST', url: '/orders', payload: c.payload, ...('contentType' in c ? { contentType: c.contentType } : {}) });
      await expectSent(vendor, response, statusError(vendor, c.status), false);
      const logged = server.lines.slice(before).find((l) => l.err !== undefined);
      expect(logged, c.code).toMatchObject({ level: 30 });
      expect(logged?.err).toMatchObject({ code: c.code });
    }
  });

  it.each(['/boom', '/foreign'])('masks what %s throws as the generic internal error; request.log.error has the original', async (path) => {
    const before = server.lines.length;
    const text = await expectSent(vendor, await server.inject({ url: path }), internalError(vendor), false);
    const original = server.thrown.at(-1) as Error;
    expect(leaks(original, text)).toEqual([]);
    const logged = server.lines.slice(before).filter((l) => l.err !== undefined);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 50 });
    // pino's error serializer writes the cause chain too: the logger has everything the wire has not.
    expect(logged[0]?.err?.message.startsWith(original.message)).toBe(true);
    expect(logged[0]?.err?.stack).toContain(original.stack);
  });
});

describe('fastify errorHandler with onError', () => {
  it('calls onError with the original and what was sent, instead of request.log', async () => {
    const vendor = vendors[2]!;
    const seen: HandledError<FastifyRequest>[] = [];
    const server = await app(vendor, (handled) => seen.push(handled));
    try {
      const response = await server.inject({ url: '/boom' });
      expect(response.status).toBe(vendor.internal[1]);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ kind: 'internal', thrown: server.thrown[0], sent: { code: vendor.internal[0] } });
      expect(seen[0]?.request.url).toBe('/boom');
      expect(server.lines.filter((l) => l.level >= 50)).toEqual([]);
    } finally {
      await server.fastify.close();
    }
  });
});

describe('fastify errorHandler logs without onError', () => {
  it("at error for a 5xx (own status or the vendor's), at info for a 4xx, as '<vendor>: <code>'", async () => {
    const vendor = vendors[0]!;
    const lines: LogLine[] = [];
    const fastify = Fastify({ logger: { level: 'info', stream: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) } } });
    fastify.setErrorHandler(errorHandler(vendor.catalog));
    const thrown = {
      unavailable: Object.assign(new Error('upstream down'), { statusCode: 503 }),
      ownInternal: vendor.catalog.create(vendor.internal[0], undefined, {}),
      ownMissing: vendor.own(),
    };
    for (const [name, error] of Object.entries(thrown)) {
      fastify.get(`/${name}`, () => {
        throw error;
      });
    }
    await fastify.ready();
    try {
      const logOf = async (name: string) => {
        const before = lines.length;
        const res = await fastify.inject({ url: `/${name}` });
        const logged = lines.slice(before).filter((l) => l.err !== undefined);
        expect(logged, name).toHaveLength(1);
        return { status: res.statusCode, level: logged[0]!.level, msg: logged[0]!.msg };
      };
      expect(await logOf('unavailable')).toEqual({ status: 503, level: 50, msg: `${vendor.name}: HTTP_503` });
      expect(await logOf('ownInternal')).toEqual({ status: 500, level: 50, msg: `${vendor.name}: ${vendor.internal[0]}` });
      const own = vendor.own();
      expect(await logOf('ownMissing')).toEqual({ status: own.status, level: 30, msg: `${vendor.name}: ${own.code}` });
    } finally {
      await fastify.close();
    }
  });
});
