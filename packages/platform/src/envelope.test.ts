import { isErrsParseError, retryDelay } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { errorId } from './envelope.js';
import { catalog } from './index.js';

const ID = /^err_\d{14}x[0-9A-F]{8}$/;

/** Why a body is not the envelope (throws if it is). */
function failure(input: unknown, init?: Parameters<typeof catalog.safeParse>[1]) {
  const result = catalog.safeParse(input, init);
  if (result.success) throw new Error(`expected a parse failure, got ${result.data.code}`);
  expect(isErrsParseError(result.error)).toBe(true);
  return result.error;
}

describe('platform envelope: the example bodies', () => {
  it('reads the example of the issue', () => {
    const e = catalog.parse(
      '{ "id": "err_20241220153235xA1B2C3D4", "code": 400, "type": "Runtime", "message": "The integration failed", "metadata": { "subtype": "UPSTREAM_PROVIDER_FAILED" } }',
    );
    expect(e).toMatchObject({
      vendor: 'platform',
      code: 'Runtime',
      status: 400,
      known: true,
      message: 'The integration failed',
      requestId: 'err_20241220153235xA1B2C3D4',
      category: 'UNKNOWN',
      retryable: false,
    });
    expect(e.params).toEqual({ subtype: 'UPSTREAM_PROVIDER_FAILED' });
    expect(e.title).toBe('An error happened during the execution of a runtime (bot or integration).');
    if (!catalog.is(e, 'Runtime')) throw new Error('not Runtime');
    expect(e.params.subtype).toBe('UPSTREAM_PROVIDER_FAILED');
  });

  it('reads an Unknown error and a Payload Too Large error as the doc lists them', () => {
    const unknown = catalog.parse({ id: 'err_20250101000000x00000000', code: 500, type: 'Unknown', message: 'An unknown error occurred' });
    expect([unknown.code, unknown.status, unknown.known, unknown.category, unknown.retry.strategy]).toEqual(['Unknown', 500, true, 'UNKNOWN', 'verify']);
    const large = catalog.parse({ id: 'err_20250101000000xFFFFFFFF', code: 413, type: 'PayloadTooLarge', message: 'The request payload is too large.' });
    expect([large.code, large.status, large.known, large.category, large.retryable]).toEqual(['PayloadTooLarge', 413, true, 'INVALID_ARGUMENT', false]);
  });
});

describe('platform envelope: writing', () => {
  it('writes exactly { id, code, type, message } with a generated id', () => {
    const { status, headers, body } = catalog.encode(catalog.create('ResourceNotFound'));
    expect(status).toBe(404);
    expect(headers['content-type']).toBe('application/json');
    expect(Object.keys(body as object)).toEqual(['id', 'code', 'type', 'message']);
    expect(body).toMatchObject({ code: 404, type: 'ResourceNotFound', message: 'The requested resource does not exist.' });
    expect((body as { id: string }).id).toMatch(ID);
  });

  it('generates ids from the UTC time and 8 random uppercase hex digits', () => {
    const at = new Date(Date.UTC(2024, 11, 20, 15, 32, 35, 999));
    const a = errorId(at);
    expect(a).toMatch(/^err_20241220153235x[0-9A-F]{8}$/);
    const many = new Set(Array.from({ length: 50 }, () => errorId(at)));
    expect(many.size).toBeGreaterThan(45);
  });

  it('keeps the id of a parsed error, and writes metadata from the params', () => {
    const body = { id: 'err_20241220153235xA1B2C3D4', code: 400, type: 'Runtime', message: 'The integration failed', metadata: { subtype: 'X', step: 2 } };
    expect(catalog.encode(catalog.parse(body)).body).toEqual(body);
    const created = catalog.create('QuotaExceeded', { quota: 'bots' }, { requestId: 'err_20250101000000xABCDEF01' });
    expect(catalog.encode(created).body).toEqual({
      id: 'err_20250101000000xABCDEF01',
      code: 403,
      type: 'QuotaExceeded',
      message: 'The request exceeds the allowed quota. Quotas are a soft limit that can be increased.',
      metadata: { quota: 'bots' },
    });
  });

  it('writes the documented message, not an internal one, for 5xx', () => {
    const e = catalog.create('Internal', {}, { message: 'db password wrong' });
    expect((catalog.encode(e).body as { message: string }).message).toBe('An internal error occurred');
    expect((catalog.encode(e, { expose: true }).body as { message: string }).message).toBe('db password wrong');
  });

  it('writes RateLimit-Reset in seconds on RateLimited', async () => {
    const e = catalog.create('RateLimited', {}, { retryAfterMs: 2500 });
    const response = catalog.toResponse(e);
    expect(response.status).toBe(429);
    expect(response.headers.get('ratelimit-reset')).toBe('3');
    const back = await catalog.fromResponse(response);
    expect([back.code, back.retryAfterMs]).toEqual(['RateLimited', 3000]);
    expect(catalog.encode(catalog.create('Forbidden')).headers['ratelimit-reset']).toBeUndefined();
  });
});

describe('platform envelope: rate limits and limits', () => {
  const rateLimited = { id: 'err_20250101000000x00000001', code: 429, type: 'RateLimited', message: 'Too many requests' };

  it('reads RateLimit-Reset (seconds) into retryAfterMs', () => {
    const headers = { 'RateLimit-Limit': '100', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '7' };
    const e = catalog.parse(rateLimited, { status: 429, headers });
    expect(e.retryAfterMs).toBe(7000);
    expect(e.retryable).toBe(true);
    expect(retryDelay(e, 0, { random: () => 0 })).toBe(7000);
  });

  it('reads it from a fetch Response too', async () => {
    const response = new Response(JSON.stringify(rateLimited), {
      status: 429,
      headers: { 'content-type': 'application/json', 'RateLimit-Limit': '100', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '30' },
    });
    const e = await catalog.fromResponse(response);
    expect([e.code, e.known, e.retryAfterMs]).toEqual(['RateLimited', true, 30_000]);
  });

  it('does not retry QuotaExceeded (soft, 403) nor LimitExceeded (hard, 413)', () => {
    const quota = catalog.create('QuotaExceeded');
    const limit = catalog.create('LimitExceeded');
    expect([quota.status, quota.retryable, quota.retry.strategy, quota.category]).toEqual([403, false, 'operator', 'RESOURCE_EXHAUSTED']);
    expect([limit.status, limit.retryable, limit.retry.strategy, limit.category]).toEqual([413, false, 'fix', 'RESOURCE_EXHAUSTED']);
    expect(retryDelay(quota, 0)).toBeUndefined();
    expect(retryDelay(limit, 0)).toBeUndefined();
  });
});

describe('platform envelope: lenient reading', () => {
  it('accepts a body without id, message or metadata', () => {
    const e = catalog.parse({ code: 404, type: 'ResourceNotFound' });
    expect([e.code, e.status, e.known, e.requestId]).toEqual(['ResourceNotFound', 404, true, undefined]);
    expect(e.message).toBe('The requested resource does not exist.');
    expect(e.params).toEqual({});
  });

  it('accepts null id, message and metadata, and extra fields', () => {
    const e = catalog.parse({ id: null, code: 409, type: 'AlreadyExists', message: null, metadata: null, traceId: 'abc', extra: [1] });
    expect([e.code, e.known, e.requestId, e.message]).toEqual(['AlreadyExists', true, undefined, 'The record attempted to be created already exists.']);
  });

  it('falls back to a request id header when the body has an empty id', () => {
    const e = catalog.parse({ id: '', code: 401, type: 'Unauthorized', message: 'no token' }, { headers: { 'x-request-id': 'req-1' } });
    expect(e.requestId).toBe('req-1');
  });

  it('takes the transport status over the body code, unless strict', () => {
    const body = { id: 'err_1', code: 400, type: 'InvalidPayload', message: 'bad' };
    expect(catalog.parse(body, { status: 422 }).status).toBe(422);
    const error = failure(body, { status: 422, strict: true });
    expect(error.reason).toBe('shape');
    expect(error.issues[0]!.path).toEqual(['code']);
    expect(catalog.parse(body, { status: 400, strict: true }).status).toBe(400);
  });

  it('keeps any metadata of a Runtime error whose subtype is a string', () => {
    const e = catalog.parse({ id: 'x', code: 400, type: 'Runtime', message: 'm', metadata: { subtype: 'A', integration: 'slack' } });
    expect(e.params).toEqual({ subtype: 'A', integration: 'slack' });
  });

  it('does not let a __proto__ key in metadata reach any prototype', () => {
    const e = catalog.parse('{"id":"x","code":403,"type":"Forbidden","message":"m","metadata":{"__proto__":{"polluted":true},"a":1}}');
    expect(e.known).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((e.params as Record<string, unknown>).polluted).toBeUndefined();
    const unknown = catalog.parse('{"id":"x","code":418,"type":"Teapot","message":"m","metadata":{"__proto__":{"polluted":true}}}');
    expect(unknown.known).toBe(false);
    expect(Object.getPrototypeOf(unknown.params)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('platform envelope: unknown types', () => {
  it('reads a type the catalog lacks as known: false, with status and metadata kept', () => {
    const e = catalog.parse({ id: 'err_20250101000000x12345678', code: 503, type: 'ServiceOverloaded', message: 'Try later', metadata: { region: 'us-east-1' } });
    expect([e.code, e.known, e.status, e.category, e.retryable, e.message]).toEqual(['ServiceOverloaded', false, 503, 'UNAVAILABLE', true, 'Try later']);
    expect(e.params).toEqual({ region: 'us-east-1' });
    expect(e.requestId).toBe('err_20250101000000x12345678');
    expect(catalog.is(e)).toBe(true);
    expect(catalog.is(e, 'Unknown')).toBe(false);
  });
});

describe('platform envelope: bodies that are not the envelope', () => {
  it.each([
    ['the old self-hosted format', { statusCode: 404, type: 'Error', message: 'Not found', details: '', docs: 'https://botpress.com/docs' }],
    ['a string code', { id: 'x', code: '400', type: 'InvalidPayload', message: 'm' }],
    ['a missing code', { id: 'x', type: 'InvalidPayload', message: 'm' }],
    ['a missing type', { id: 'x', code: 400, message: 'm' }],
    ['an empty type', { id: 'x', code: 400, type: '', message: 'm' }],
    ['a code that is no HTTP status', { id: 'x', code: 42, type: 'InvalidPayload', message: 'm' }],
    ['a fractional code', { id: 'x', code: 400.5, type: 'InvalidPayload', message: 'm' }],
    ['metadata that is an array', { id: 'x', code: 400, type: 'InvalidPayload', message: 'm', metadata: [1] }],
    ['a number as message', { id: 'x', code: 400, type: 'InvalidPayload', message: 7 }],
  ])('rejects %s as shape', (_name, body) => {
    expect(failure(body).reason).toBe('shape');
    expect(() => catalog.parse(body)).toThrow(/^platform: not an error body of platform: /);
  });

  it('says why for non-JSON and non-objects', () => {
    expect(failure('<html><body>502 Bad Gateway</body></html>').reason).toBe('not_json');
    expect(failure('[]').reason).toBe('not_object');
    expect(failure('').reason).toBe('empty');
  });

  it('turns a gateway page into a status-derived error from fromResponse', async () => {
    const e = await catalog.fromResponse(new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect([e.code, e.known, e.status]).toEqual(['HTTP_502', false, 502]);
  });
});

describe('platform envelope: errors thrown by @botpress/client', () => {
  // The shape of @botpress/client's BaseApiError: own fields code, description, type, message, error,
  // id, metadata and isApiError = true (no import of the client: any copy of it must work).
  class BaseApiError extends Error {
    readonly isApiError = true;
    constructor(
      readonly code: number,
      readonly description: string,
      readonly type: string,
      override readonly message: string,
      readonly error?: Error,
      readonly id?: string,
      readonly metadata?: Record<string, unknown>,
    ) {
      super(message);
    }
  }

  it('parses a thrown ApiError like the body it came from', () => {
    const thrown = new BaseApiError(429, 'The request has been rate limited.', 'RateLimited', 'Slow down', undefined, 'err_20250101000000xAAAAAAAA', {
      limit: 100,
    });
    const e = catalog.parse(thrown);
    expect([e.code, e.status, e.known, e.message, e.requestId]).toEqual(['RateLimited', 429, true, 'Slow down', 'err_20250101000000xAAAAAAAA']);
    expect(e.params).toEqual({ limit: 100 });
  });

  it('parses the client’s UnknownError around a network failure, and its toJSON output', () => {
    const thrown = new BaseApiError(500, 'An unknown error occurred', 'Unknown', 'socket hang up', new Error('socket hang up'), 'err_bwsr_20250101000000x0A0B0C0D');
    const e = catalog.parse(thrown);
    expect([e.code, e.status, e.known, e.requestId]).toEqual(['Unknown', 500, true, 'err_bwsr_20250101000000x0A0B0C0D']);
    const json = { id: thrown.id, code: thrown.code, type: thrown.type, message: thrown.message, metadata: undefined };
    expect(catalog.parse(JSON.stringify(json)).code).toBe('Unknown');
  });

  it('reads a plain object marked isApiError (another copy or realm of the client)', () => {
    const e = catalog.parse({ isApiError: true, code: 410, type: 'ResourceGone', message: 'gone', id: 'err_1' });
    expect([e.code, e.status, e.known, e.category]).toEqual(['ResourceGone', 410, true, 'NOT_FOUND']);
  });

  it('rejects an isApiError object without a valid type or code', () => {
    expect(failure({ isApiError: true, code: 'x', type: 'Unknown', message: 'm' }).reason).toBe('shape');
    expect(failure({ isApiError: true, code: 400, message: 'm' }).reason).toBe('shape');
  });

  it('does not unwrap other errors', () => {
    expect(failure(new Error('boom')).reason).toBe('shape');
  });
});
