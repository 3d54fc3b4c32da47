// What easydb's endpoints send beyond the errors chapter (current/easydb-endpoints.md): statuses
// other than 400, codes with a further dot, codes named only on endpoint pages, string parameters.
import { describe, expect, it } from 'vitest';
import { docs } from './docs.js';
import { catalog } from './index.js';

describe('easydb: the wire status is kept, create sends the documented one (current/easydb-endpoints.md)', () => {
  // "message — Retrieve messages": 404 Message Not Found (`error.user.message_not_found`).
  const notFound = { realm: 'user', code: 'error.user.message_not_found', parameters: { id: '5' } };

  it('keeps a 404 of the message endpoints and a 403 of the export endpoints', async () => {
    const e = await catalog.fromResponse(new Response(JSON.stringify(notFound), { status: 404 }));
    expect([e.code, e.status, e.known, e.category]).toEqual(['error.user.message_not_found', 404, true, 'NOT_FOUND']);
    const forbidden = catalog.parse({ realm: 'user', code: 'error.user.not_authenticated' }, { status: 403 });
    expect([forbidden.status, forbidden.category]).toEqual([403, 'UNAUTHENTICATED']);
  });

  it('reads 400 without a transport status (the errors page: user errors are 400)', () => {
    expect(catalog.parse(notFound).status).toBe(400);
  });

  it('creates with the documented 400, or the endpoint\'s status when told', () => {
    expect(catalog.encode(catalog.create('error.user.message_not_found', { id: '5' })).status).toBe(400);
    const mock = catalog.toResponse(catalog.create('error.user.message_not_found', { id: '5' }, { status: 404 }));
    expect(mock.status).toBe(404);
    return expect(mock.json()).resolves.toEqual(notFound);
  });
});

describe('easydb: codes with a further dot (`error.user.forgot_password.unknown`, session page)', () => {
  it('reads, creates and writes the documented one', () => {
    const body = { realm: 'user', code: 'error.user.forgot_password.unknown' };
    const e = catalog.parse(body, { strict: true });
    expect([e.code, e.known, e.status, e.category]).toEqual(['error.user.forgot_password.unknown', true, 400, 'NOT_FOUND']);
    expect(catalog.encode(catalog.create('error.user.forgot_password.unknown')).body).toEqual(body);
  });

  it('reads one the catalog lacks by its realm prefix', () => {
    const server = catalog.parse({ realm: 'server', code: 'error.server.db.pool.exhausted', uuid: 'u-1' });
    expect([server.known, server.status, server.requestId]).toEqual([false, 500, 'u-1']);
    const user = catalog.parse({ realm: 'user', code: 'error.user.a.b.c', parameters: { x: 'y' } });
    expect([user.known, user.status, user.params]).toEqual([false, 400, { x: 'y' }]);
  });
});

describe('easydb: codes named only on endpoint pages (current/easydb-endpoints.md, "error.* codes ... not in ../easydb.md")', () => {
  it('reads the eas rput example (POST /api/v1/eas/rput) with its url', () => {
    const e = catalog.parse({ realm: 'user', code: 'error.user.eas_http_404', parameters: { url: 'http://example.foo' } });
    if (!catalog.is(e, 'error.user.eas_http_404')) throw new Error('not narrowed');
    expect(e.params.url).toBe('http://example.foo');
    expect(e.message).toBe('The resource at the URL is not available (url: http://example.foo)');
  });

  it.each(['error.api.invalid_email_address', 'error.api.update_customdata', 'error.user.search_query_too_long', 'error.user.forgot_password.unknown'] as const)(
    '%s has its source and round-trips',
    (code) => {
      expect(docs[code]?.source).toMatch(/^easydb-documentation: content\/technical\/api\/[a-z]+\/_index\.en\.md/);
      const created = (catalog.create as (c: string) => ReturnType<typeof catalog.parse>)(code);
      expect(catalog.parse(JSON.parse(JSON.stringify(catalog.encode(created).body))).code).toBe(code);
    },
  );
});

describe('easydb: parameters are string-to-string maps (easydb.md, "parameters")', () => {
  it('keeps strings, reads numbers and booleans as strings, leaves other values out, for any code', () => {
    const e = catalog.parse({ realm: 'user', code: 'error.user.not_yet_known', parameters: { a: 'x', n: 3, b: false, o: { deep: 1 }, l: [1], z: null } });
    expect(e.params).toEqual({ a: 'x', n: '3', b: 'false' });
  });

  it('writes every param as a string', () => {
    const body = catalog.encode(catalog.parse({ realm: 'user', code: 'error.user.not_yet_known', parameters: { n: 3 } })).body;
    expect(body).toEqual({ realm: 'user', code: 'error.user.not_yet_known', parameters: { n: '3' } });
  });
});

describe('easydb: the request id of a server error is its uuid (easydb.md, "uuid")', () => {
  it('writes the requestId given to create as the uuid, and reads it back as both', () => {
    const e = catalog.create('error.server.database', {}, { requestId: 'a089420d-d44c-4d4d-949f-ef041f203047' });
    const body = catalog.encode(e).body as { uuid: string };
    expect(body.uuid).toBe('a089420d-d44c-4d4d-949f-ef041f203047');
    const back = catalog.parse(body);
    expect([back.requestId, back.params.uuid]).toEqual([body.uuid, body.uuid]);
  });

  it('writes the uuid param when no request id is given', () => {
    const e = catalog.create('error.server.database', { uuid: 'u-7' });
    expect((catalog.encode(e).body as { uuid: string }).uuid).toBe('u-7');
  });
});
