import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { acme, acmeEnvelope } from '../testing/acme.js';
import { defineCatalog, ErrsParseError } from '../index.js';
import { codeForStatus, handle, internalCode, ownStatus, report } from './handle.js';

const errors = {
  bad_input: { status: 400, message: 'Bad input.', category: 'INVALID_ARGUMENT' },
  bad_query: { status: 400, message: 'Bad query.', category: 'INVALID_ARGUMENT' },
  too_big: { status: 413, message: 'Too big.', category: 'INVALID_ARGUMENT' },
  needs_id: { status: 404, message: 'No {id}.', schema: z.object({ id: z.string() }), category: 'NOT_FOUND' },
  oops: { status: 500, message: 'Oops.', category: 'INTERNAL' },
  crash: { status: 500, message: 'Crash.', category: 'INTERNAL' },
  down: { status: 503, message: 'Down.', category: 'UNAVAILABLE' },
  field: { status: 400, message: 'Field.', category: 'INVALID_ARGUMENT', nested: true },
} as const;
const plain = defineCatalog({ vendor: 'plain', envelope: acmeEnvelope, errors });
const declared = defineCatalog({ vendor: 'declared', envelope: acmeEnvelope, errors, internal: 'down', byStatus: { 400: 'bad_query', 413: 'bad_input' } });

describe('codeForStatus', () => {
  it('takes the only top-level code of a status, and none where several share it', () => {
    expect(codeForStatus(plain, 413)).toBe('too_big');
    expect(codeForStatus(plain, 400)).toBeUndefined(); // bad_input and bad_query (the nested `field` does not count)
    expect(codeForStatus(plain, 500)).toBeUndefined();
    expect(codeForStatus(plain, 415)).toBeUndefined();
  });
  it('prefers the declared code of a status, even over a single documented one', () => {
    expect(codeForStatus(declared, 400)).toBe('bad_query');
    expect(codeForStatus(declared, 413)).toBe('bad_input');
    expect(codeForStatus(declared, 500)).toBe('down');
  });
});

describe('internalCode', () => {
  it('is the declared one, else the only 500 code, else none', () => {
    expect(internalCode(declared)).toBe('down');
    expect(internalCode(acme)).toBe('internal');
    expect(internalCode(plain)).toBeUndefined();
  });
});

describe('defineCatalog', () => {
  it('refuses an internal or byStatus code that is unknown or nested', () => {
    // @ts-expect-error not a code of the catalog
    expect(() => defineCatalog({ vendor: 'x', envelope: acmeEnvelope, errors, internal: 'nope' })).toThrow(/"nope" \(internal or byStatus\) is not a top-level code/);
    // @ts-expect-error a nested code cannot be the error of a response
    expect(() => defineCatalog({ vendor: 'x', envelope: acmeEnvelope, errors, byStatus: { 400: 'field' } })).toThrow(/"field"/);
  });
});

describe('ownStatus', () => {
  it('reads status or statusCode of 400-599 from errors like body-parser, Fastify and Hono make', () => {
    expect(ownStatus(Object.assign(new Error('x'), { status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed' }))).toBe(400);
    expect(ownStatus(Object.assign(new Error('x'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }))).toBe(415);
    expect(ownStatus(Object.assign(new Error('x'), { status: 503 }))).toBe(503);
  });
  it('ignores statuses outside 400-599, non-integers, HTTP clients\' errors and errs errors', () => {
    expect(ownStatus(Object.assign(new Error('x'), { status: 302 }))).toBeUndefined();
    expect(ownStatus(Object.assign(new Error('x'), { status: '400' }))).toBeUndefined();
    expect(ownStatus(Object.assign(new Error('x'), { status: 400.5 }))).toBeUndefined();
    expect(ownStatus(Object.assign(new Error('upstream'), { status: 404, response: { status: 404 } }))).toBeUndefined();
    expect(ownStatus(acme.create('invalid_request'))).toBeUndefined();
    expect(ownStatus(acme.safeParse('<html>', { status: 502 }).error)).toBeUndefined();
    expect(ownStatus(null)).toBeUndefined();
    expect(ownStatus('400')).toBeUndefined();
  });
  it('does not throw on a hostile object', () => {
    const hostile = Object.defineProperty({}, 'status', {
      get() {
        throw new Error('boom');
      },
    });
    expect(ownStatus(hostile)).toBeUndefined();
  });
});

describe('handle', () => {
  it('sends an error of the vendor as encode says, expose passed through', () => {
    const error = acme.create('unavailable', undefined, { message: 'db-primary is down' });
    expect(handle(acme, error)).toEqual({ kind: 'vendor', error, encoded: acme.encode(error) });
    expect(handle(acme, error).encoded.body).not.toMatchObject({ error: { message: 'db-primary is down' } });
    expect(handle(acme, error, { expose: true }).encoded).toEqual(acme.encode(error, { expose: true }));
  });

  it('keeps the status of an error that carries one, as the code of that status or status-only', () => {
    const tooBig = Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });
    const picked = handle(declared, tooBig);
    expect(picked.kind).toBe('status');
    expect(picked.encoded.status).toBe(413);
    expect(picked.error).toMatchObject({ code: 'bad_input', status: 413, known: true, cause: tooBig });
    const bare = handle(plain, Object.assign(new Error('x'), { statusCode: 415 }));
    expect(bare.error).toMatchObject({ code: 'HTTP_415', status: 415, known: false });
    expect(bare.encoded.body).toEqual({ error: { type: 'HTTP_415', message: 'Unsupported Media Type' } });
  });

  it('sends status-only where the code of the status needs params', () => {
    expect(handle(plain, Object.assign(new Error('x'), { status: 404 })).error).toMatchObject({ code: 'HTTP_404', status: 404 });
  });

  it('masks anything else as the internal error, with its documented status', () => {
    const secret = new Error('password=hunter2 at db.internal:5432', { cause: new Error('inner secret') });
    const foreign = plain.create('bad_input'); // same codes, another vendor
    for (const thrown of [secret, foreign, new ErrsParseError('other', 'shape', 'secret shape'), 'a string', undefined]) {
      const out = handle(declared, thrown);
      expect(out.kind).toBe('internal');
      expect(out.error).toMatchObject({ code: 'down', status: 503 });
      expect(out.error.cause).toBe(thrown);
      const wire = JSON.stringify(out.encoded.body);
      expect(wire).toBe(JSON.stringify({ error: { type: 'down', message: 'Down.' } }));
    }
    expect(handle(acme, plain.create('bad_input')).error).toMatchObject({ code: 'internal', status: 500 });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('hunter2 from a getter');
        },
        getPrototypeOf() {
          throw new Error('hunter2 from getPrototypeOf');
        },
      },
    );
    expect(handle(declared, hostile)).toMatchObject({ kind: 'internal', error: { code: 'down', status: 503 } });
    expect(handle(plain, secret).error).toMatchObject({ code: 'HTTP_500', status: 500, known: false });
    expect(JSON.stringify(handle(plain, secret).encoded.body)).not.toContain('hunter2');
  });
});

describe('ownStatus at the edges of 400-599', () => {
  it('takes 400 and 599, and neither 399 nor 600', () => {
    expect(ownStatus(Object.assign(new Error('x'), { status: 399 }))).toBeUndefined();
    expect(ownStatus(Object.assign(new Error('x'), { status: 400 }))).toBe(400);
    expect(ownStatus(Object.assign(new Error('x'), { statusCode: 599 }))).toBe(599);
    expect(ownStatus(Object.assign(new Error('x'), { statusCode: 600 }))).toBeUndefined();
  });
  it('reads statusCode where status is no integer, and keeps the status of an error whose response is null', () => {
    expect(ownStatus(Object.assign(new Error('x'), { status: '400', statusCode: 415 }))).toBe(415);
    expect(ownStatus(Object.assign(new Error('x'), { status: 404, response: null }))).toBe(404);
    expect(ownStatus(Object.assign(new Error('x'), { status: 404, response: 'Not Found' }))).toBe(404);
  });
  it('ignores a function that carries a status', () => {
    expect(ownStatus(Object.assign(() => undefined, { status: 400 }))).toBeUndefined();
  });
});

describe('codeForStatus beside a declared internal code', () => {
  it('gives the internal code for 500 only, and the documented code for any other status', () => {
    expect(codeForStatus(declared, 404)).toBe('needs_id');
    expect(codeForStatus(declared, 503)).toBe('down');
    expect(codeForStatus(declared, 415)).toBeUndefined();
  });
});

describe('report', () => {
  const handled = { thrown: new Error('x'), sent: acme.create('internal'), kind: 'internal', request: undefined } as const;
  it('is false without onError, so the adapter logs on its own', () => {
    expect(report({}, handled)).toBe(false);
    expect(report({ onError: undefined }, handled)).toBe(false);
  });
  it('calls onError once with what was handled, and is true even when onError throws', () => {
    const seen: unknown[] = [];
    expect(report({ onError: (h) => seen.push(h) }, handled)).toBe(true);
    expect(seen).toEqual([handled]);
    expect(
      report(
        {
          onError: () => {
            throw new Error('logger down');
          },
        },
        handled,
      ),
    ).toBe(true);
  });
});

describe('handle of an error with a 5xx status of its own', () => {
  it('sends it as the code of that status, with that status, masked', () => {
    const out = handle(plain, Object.assign(new Error('upstream db-primary down'), { status: 503 }));
    expect(out.kind).toBe('status');
    expect(out.error).toMatchObject({ code: 'down', status: 503 });
    expect(out.encoded.status).toBe(503);
    expect(out.encoded.body).toEqual({ error: { type: 'down', message: 'Down.' } });
  });
});
