import { ErrsParseError, isErrsParseError, match } from '@errs/core';
import type { MessageTable } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { catalog } from './index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function parseFailure(input: unknown, init?: Parameters<typeof catalog.safeParse>[1]): ErrsParseError {
  const result = catalog.safeParse(input, init);
  expect(result.success).toBe(false);
  expect(isErrsParseError(result.error)).toBe(true);
  return result.error!;
}

describe('easydb envelope: the doc examples', () => {
  it('reads the API error example: status 400, the description as message', () => {
    const e = catalog.parse({
      realm: 'api',
      code: 'error.api.positional_parameter_expected',
      description: 'Positional parameter expected: /api/collection/objects/<id>',
    });
    expect(e.known).toBe(true);
    expect(e.code).toBe('error.api.positional_parameter_expected');
    expect(e.status).toBe(400);
    expect(e.message).toBe('Positional parameter expected: /api/collection/objects/<id>');
    expect(e.title).toBe('A positional parameter is expected');
    expect(e.category).toBe('INVALID_ARGUMENT');
    expect(e.params).toEqual({});
    expect(e.requestId).toBeUndefined();
  });

  it('reads the user error example: 400, NOT_FOUND, params from `parameters`, the English text filled in', () => {
    const e = catalog.parse('{ "realm": "user", "code": "error.user.collection_not_found", "parameters": { "id": "99" } }');
    expect(catalog.is(e, 'error.user.collection_not_found')).toBe(true);
    expect(e.status).toBe(400);
    expect(e.category).toBe('NOT_FOUND');
    expect(e.retryable).toBe(false);
    expect(e.params).toEqual({ id: '99' });
    expect(e.message).toBe('The server cannot find the given collection (id: 99)');
  });

  it('reads a server error: 500, its uuid kept as requestId and in params', () => {
    const uuid = '3d8a1f3c-7c1e-4b7e-9a3e-1f2d3c4b5a69';
    const e = catalog.parse({ realm: 'server', code: 'error.server.database', description: 'duplicate key value', uuid });
    expect([e.code, e.status, e.category, e.known]).toEqual(['error.server.database', 500, 'INTERNAL', true]);
    expect(e.requestId).toBe(uuid);
    expect(e.params).toEqual({ uuid });
    expect(e.message).toBe('duplicate key value');
    expect(e.retry.strategy).toBe('verify');
  });
});

describe('easydb envelope: uuid of server errors', () => {
  it('never invents a uuid on parse', () => {
    for (const input of [{ realm: 'server', code: 'error.server.generic' }, '{"realm":"server","code":"error.server.eas","uuid":""}']) {
      const e = catalog.parse(input);
      expect(e.known).toBe(true);
      expect(e.requestId).toBeUndefined();
      expect(Object.hasOwn(e.params, 'uuid')).toBe(false);
      expect(JSON.stringify(e.params)).toBe('{}');
    }
    const unknown = catalog.parse({ realm: 'server', code: 'error.server.brand_new' });
    expect(unknown.known).toBe(false);
    expect(unknown.status).toBe(500);
    expect(Object.hasOwn(unknown.params, 'uuid')).toBe(false);
  });

  it('create makes one, encode writes it, parse gives it back', () => {
    const created = catalog.create('error.server.internal_file_error');
    expect(created.params.uuid).toMatch(UUID);
    const body = catalog.encode(created).body as Record<string, unknown>;
    expect(body).toEqual({
      realm: 'server',
      code: 'error.server.internal_file_error',
      description: 'for unexpected file operation errors',
      uuid: created.params.uuid,
    });
    const parsed = catalog.parse(body);
    expect(parsed.requestId).toBe(created.params.uuid);
    expect(catalog.create('error.server.generic').params.uuid).not.toBe(created.params.uuid);
  });

  it('keeps a given uuid, and encode creates one for a server error that has none', () => {
    expect(catalog.encode(catalog.create('error.server.generic', { uuid: 'abc' })).body).toMatchObject({ uuid: 'abc' });
    const withoutUuid = catalog.parse({ realm: 'server', code: 'error.server.generic', description: 'boom' });
    expect((catalog.encode(withoutUuid).body as { uuid: string }).uuid).toMatch(UUID);
    const status = catalog.fromStatus(503, { headers: { 'x-request-id': 'req-1' } });
    expect(catalog.encode(status).body).toEqual({ realm: 'server', code: 'HTTP_503', description: 'Service Unavailable', uuid: 'req-1' });
  });

  it('rejects an empty uuid in create', () => {
    expect(() => catalog.create('error.server.generic', { uuid: '' })).toThrow(TypeError);
  });
});

describe('easydb envelope: realm and code', () => {
  it('trusts the code when the realm contradicts it, unless strict', () => {
    const body = { realm: 'api', code: 'error.user.collection_not_found', parameters: { id: '1' } };
    const e = catalog.parse(body);
    expect([e.code, e.known, e.status, e.category]).toEqual(['error.user.collection_not_found', true, 400, 'NOT_FOUND']);
    const server = catalog.parse({ realm: 'user', code: 'error.server.generic', uuid: 'u-1' });
    expect([server.status, server.category, server.requestId]).toEqual([500, 'INTERNAL', 'u-1']);
    const failure = parseFailure(body, { strict: true });
    expect(failure.reason).toBe('shape');
    expect(failure.issues[0]!.path).toEqual(['realm']);
    expect(failure.message).toContain('contradicts');
  });

  it('strict mode also rejects an unknown realm and a server error without uuid, and accepts the doc examples', () => {
    expect(parseFailure({ realm: 'plugin', code: 'error.plugin.x' }, { strict: true }).issues[0]!.path).toEqual(['realm']);
    expect(parseFailure({ realm: 'server', code: 'error.server.generic' }, { strict: true }).issues[0]!.path).toEqual(['uuid']);
    const ok = catalog.safeParse({ realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } }, { strict: true });
    expect(ok.success).toBe(true);
    expect(catalog.safeParse({ realm: 'server', code: 'error.server.generic', uuid: 'u' }, { strict: true }).success).toBe(true);
  });

  it('reads codes the catalog lacks as known: false, status from the realm', () => {
    const user = catalog.parse({ realm: 'user', code: 'error.user.brand_new', parameters: { what: 'x' } });
    expect([user.known, user.status, user.category, user.message]).toEqual([false, 400, 'INVALID_ARGUMENT', 'error.user.brand_new']);
    expect(user.params).toEqual({ what: 'x' });
    expect(catalog.is(user)).toBe(true);
    const other = catalog.parse({ realm: 'plugin', code: 'plugin.failed', description: 'Plugin failed' });
    expect([other.known, other.status, other.message]).toEqual([false, 400, 'Plugin failed']);
    expect(match(user, { 'error.user.collection_not_found': () => 'known', _: (x) => `other ${x.code}` })).toBe('other error.user.brand_new');
  });

  it('takes the status from the transport when given', () => {
    expect(catalog.parse({ realm: 'user', code: 'error.user.login_failed' }, { status: 401 }).status).toBe(401);
  });
});

describe('easydb envelope: lenient reading', () => {
  it('accepts extra fields, missing optional params, numbers as parameter values', () => {
    const e = catalog.parse({
      realm: 'user',
      code: 'error.user.insufficient_rights',
      parameters: { operation: 'update', type: 'objects', ids: '1,2,3', right: 'bag_write', unexpected: 'kept out' },
      description: 'not documented for user errors, read anyway',
      extra: { anything: true },
    });
    expect(e.params).toEqual({ operation: 'update', type: 'objects', ids: '1,2,3', right: 'bag_write' });
    expect(e.message).toBe('not documented for user errors, read anyway');
    const numbers = catalog.parse({ realm: 'user', code: 'error.user.version_mismatch', parameters: { provided: 3, expected: 4 } });
    expect(numbers.params).toEqual({ provided: '3', expected: '4' });
  });

  it('leaves out missing or unusable params, and rejects them in strict mode', () => {
    const body = { realm: 'user', code: 'error.user.version_mismatch', parameters: { provided: '3', expected: { v: 4 } } };
    const e = catalog.parse(body);
    expect(e.params).toEqual({ provided: '3' });
    expect(e.message).toBe('The user tries to update an older version of an entity (provided: 3).');
    expect(parseFailure(body, { strict: true }).reason).toBe('shape');
    expect(catalog.parse({ realm: 'user', code: 'error.user.version_mismatch' }).params).toEqual({});
  });

  it('is safe against __proto__ keys in parameters', () => {
    const e = catalog.parse('{"realm":"user","code":"error.user.new_code","parameters":{"__proto__":{"polluted":"yes"},"a":"b"}}');
    expect(e.params.a).toBe('b');
    // A __proto__ key stays plain data: it never becomes the prototype of the params.
    expect(Object.getPrototypeOf(e.params)).toBe(Object.prototype);
    expect((e.params as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('easydb envelope: older bodies without realm', () => {
  it('reads one with a code outside error.* and a debugText: the code as sent, unknown, the wire status, the body in raw', () => {
    const body = { code: 'ObjectNotFound', debugText: 'object 99 not found in pool 3', parameters: { id: 99 } };
    const error = catalog.parse(body, { status: 404 });
    expect(error).toMatchObject({ code: 'ObjectNotFound', known: false, status: 404, category: 'NOT_FOUND', message: 'object 99 not found in pool 3', params: { id: '99' } });
    expect(error.raw).toEqual(body);
  });

  it('reads a documented code without realm as that code, the realm implied by its prefix', () => {
    const error = catalog.parse({ code: 'error.user.collection_not_found', parameters: { id: '7' } });
    expect(error).toMatchObject({ code: 'error.user.collection_not_found', known: true, status: 400, params: { id: '7' } });
    expect(catalog.parse({ code: 'error.user.collection_not_found' }, { status: 404 }).status).toBe(404);
  });

  it('keeps its description as the message and its uuid as the request id', () => {
    const error = catalog.parse({ code: 'InternalError', description: 'Something terrible happened', uuid: 'a089420d' }, { status: 500 });
    expect(error).toMatchObject({ known: false, status: 500, category: 'INTERNAL', requestId: 'a089420d' });
  });

  it('is refused in strict mode, which takes only the documented envelope', () => {
    const failure = parseFailure({ code: 'ObjectNotFound', debugText: 'x' }, { strict: true });
    expect(failure.issues[0]!.path).toEqual(['realm']);
    expect(failure.message).toContain('realm is missing');
  });
});

describe('easydb envelope: bodies that are not the envelope', () => {
  it.each([
    [{ code: 'NotFound' }, 'shape', ['realm']],
    [{ code: 'ResourceNotFound', message: 'Not found', description: 'x' }, 'shape', ['realm']],
    [{ realm: 'user' }, 'shape', ['code']],
    [{ realm: 'user', code: '' }, 'shape', ['code']],
    [{ realm: 'user', code: 404 }, 'shape', ['code']],
    [{ realm: 'user', code: 'error.user.x', parameters: 'id=1' }, 'shape', ['parameters']],
    [{ realm: 'api', code: 'error.api.generic', description: 42 }, 'shape', ['description']],
  ] as const)('%j is an ErrsParseError (%s at %j)', (body, reason, path) => {
    const failure = parseFailure(body);
    expect(failure.reason).toBe(reason);
    expect(failure.issues[0]!.path).toEqual(path);
    expect(() => catalog.parse(body)).toThrow(ErrsParseError);
  });

  it.each([
    ['<html><body>502 Bad Gateway</body></html>', 'not_json'],
    ['', 'empty'],
    ['[]', 'not_object'],
    ['"error.user.login_failed"', 'not_object'],
  ] as const)('%j is an ErrsParseError (%s)', (text, reason) => {
    expect(parseFailure(text).reason).toBe(reason);
  });
});

describe('easydb envelope: exact writing', () => {
  it('writes a user error with parameters (strings) and without description', () => {
    const e = catalog.create('error.user.insufficient_rights', { operation: 'read', type: 'pool', ids: '-', right: 'read' });
    expect(catalog.encode(e)).toEqual({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: {
        realm: 'user',
        code: 'error.user.insufficient_rights',
        parameters: { operation: 'read', type: 'pool', ids: '-', right: 'read' },
      },
    });
    expect(catalog.encode(catalog.create('error.user.login_failed')).body).toEqual({ realm: 'user', code: 'error.user.login_failed' });
  });

  it('writes an API error with its description, the own message if one is given', () => {
    const e = catalog.create('error.api.positional_parameter_expected', undefined, {
      message: 'Positional parameter expected: /api/collection/objects/<id>',
    });
    expect(catalog.encode(e).body).toEqual({
      realm: 'api',
      code: 'error.api.positional_parameter_expected',
      description: 'Positional parameter expected: /api/collection/objects/<id>',
    });
  });

  it('writes codes without a known prefix as API (4xx) or server (5xx) errors', () => {
    expect(catalog.encode(catalog.fromStatus(404)).body).toEqual({ realm: 'api', code: 'HTTP_404', description: 'Not Found' });
  });

  it('round-trips through toResponse and fromResponse', async () => {
    const response = catalog.toResponse(catalog.create('error.user.collection_not_found', { id: '99' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    const e = await catalog.fromResponse(response);
    expect(catalog.is(e, 'error.user.collection_not_found') && e.params.id).toBe('99');
    const gateway = await catalog.fromResponse(new Response('<html>502</html>', { status: 502 }));
    expect([gateway.known, gateway.code, gateway.category]).toEqual([false, 'HTTP_502', 'UNAVAILABLE']);
  });
});

describe('easydb messages: localized by the client, keyed by the code', () => {
  it('ships the English texts as the default message table', () => {
    expect(catalog.messages['error.user.collection_not_found']).toBe('The server cannot find the given collection (id: {id})');
    expect(Object.keys(catalog.messages)).toHaveLength(catalog.codes.length);
  });

  it('renders any error with a table of ones own, parameters filled in', () => {
    // A code newer than the catalog: a plain MessageTable takes any key (a table of the catalog's
    // codes, MessageTable<typeof catalog.errors>, would refuse it as a misspelling).
    const german: MessageTable = {
      'error.user.collection_not_found': 'Die Mappe {id} wurde nicht gefunden.',
      'error.user.brand_new': 'Neu: {what}',
    };
    const e = catalog.parse({ realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } });
    expect(catalog.format(e, german)).toBe('Die Mappe 99 wurde nicht gefunden.');
    expect(catalog.format(catalog.parse({ realm: 'user', code: 'error.user.brand_new', parameters: { what: 'x' } }), german)).toBe('Neu: x');
    // A code the table lacks falls back to the English text.
    expect(catalog.format(catalog.create('error.user.pool_not_found', { id: '5' }), german)).toBe('The server cannot find the given pool (id: 5)');
  });
});
