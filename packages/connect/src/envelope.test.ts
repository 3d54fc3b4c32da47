import { isErrsParseError, match } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { twoErrors } from './fixtures.js';
import { bodySchema, catalog } from './index.js';

const conflict = {
  statusCode: 409,
  message: 'Version mismatch. Concurrent modification.',
  errors: [{ code: 'ConcurrentModification', message: 'Version mismatch. Concurrent modification.' }],
};
const notFound = {
  statusCode: 404,
  message: "The Resource with key 'resource-key' was not found.",
  errors: [{ code: 'ResourceNotFound', message: "The Resource with key 'resource-key' was not found." }],
};
const authLayer = { statusCode: 401, message: 'invalid_token', errors: [{ code: 'invalid_token', message: 'invalid_token' }], error: 'invalid_token' };

describe('connect envelope: the issue and the vendor reference examples', () => {
  it('reads the ConcurrentModification example, without versions', () => {
    const e = catalog.parse(conflict);
    expect([e.code, e.status, e.message, e.known, e.category, e.retryable]).toEqual([
      'ConcurrentModification',
      409,
      'Version mismatch. Concurrent modification.',
      true,
      'ABORTED',
      false,
    ]);
    expect(e.params).toEqual({});
    expect(e.retry.strategy).toBe('refetch');
    expect(e.details).toEqual([
      { code: 'ConcurrentModification', message: 'Version mismatch. Concurrent modification.', params: {}, known: true },
    ]);
  });

  it('reads the ResourceNotFound example from JSON text', () => {
    const e = catalog.parse(JSON.stringify(notFound));
    expect([e.code, e.status, e.message, e.category]).toEqual(['ResourceNotFound', 404, "The Resource with key 'resource-key' was not found.", 'NOT_FOUND']);
  });

  it('exposes expectedVersion and currentVersion of a ConcurrentModification so a client can retry', () => {
    const e = catalog.parse({
      ...conflict,
      errors: [{ ...conflict.errors[0], expectedVersion: 3, currentVersion: 5 }],
    });
    if (!catalog.is(e, 'ConcurrentModification')) throw new Error('not narrowed');
    expect(e.params).toEqual({ expectedVersion: 3, currentVersion: 5 });
    const next = match(e, { ConcurrentModification: (c) => c.params.currentVersion, _: (): number | undefined => undefined });
    expect(next).toBe(5);
  });

  it('keeps every error of a response in details, each with its own code, message and fields', () => {
    const e = catalog.parse(twoErrors);
    expect(e.code).toBe('InvalidJsonInput');
    expect(e.message).toBe('First error message.');
    expect(e.params).toEqual({ detailedErrorMessage: '' });
    expect(e.details.map((d) => [d.code, d.message, d.params, d.known])).toEqual([
      ['InvalidJsonInput', 'First error message.', { detailedErrorMessage: '' }, true],
      ['InvalidJsonInput', 'Second error message.', { detailedErrorMessage: '' }, true],
    ]);
    // ... and writes them back exactly.
    expect(catalog.encode(e).body).toEqual(twoErrors);
  });

  it('reads a mixed response: details of codes the catalog lacks are kept, known: false', () => {
    const e = catalog.parse({
      statusCode: 400,
      message: 'A duplicate value "a" exists for field key.',
      errors: [
        { code: 'DuplicateField', message: 'A duplicate value "a" exists for field key.', field: 'key', duplicateValue: 'a' },
        { code: 'BrandNew', message: 'New.', extra: { n: 1 } },
      ],
    });
    expect(e.params).toEqual({ field: 'key', duplicateValue: 'a' });
    expect(e.details[1]).toEqual({ code: 'BrandNew', message: 'New.', params: { extra: { n: 1 } }, known: false });
  });

  it('reads the auth layer 401 with its OAuth-style top-level error, and writes it back', () => {
    const e = catalog.parse(authLayer);
    expect([e.code, e.status, e.known, e.category]).toEqual(['invalid_token', 401, true, 'UNAUTHENTICATED']);
    expect(catalog.encode(catalog.create('invalid_token')).body).toEqual(authLayer);
    expect(catalog.encode(catalog.create('AuthenticationError')).body).not.toHaveProperty('error');
  });

  it('reads an auth body that only has the OAuth error as its code', () => {
    const e = catalog.parse({ statusCode: 403, message: 'Insufficient scope', errors: [], error: 'insufficient_scope' });
    expect([e.code, e.status, e.known, e.category]).toEqual(['insufficient_scope', 403, true, 'PERMISSION_DENIED']);
    const other = catalog.parse({ statusCode: 400, message: 'x', errors: [], error: 'unsupported_grant_type' });
    expect([other.code, other.known, other.category]).toEqual(['unsupported_grant_type', false, 'INVALID_ARGUMENT']);
  });
});

describe('connect envelope: writing', () => {
  it('writes the documented shape, params as fields of the error object, placeholders rendered', () => {
    const e = catalog.create('ConcurrentModification', { resourceId: 'd-1', resourceKey: 'k', expectedVersion: 1, currentVersion: 2 });
    const message = 'Object id=d-1 or key=k has a different version than expected. Expected: 1 - Actual: 2)';
    expect(e.message).toBe(message);
    const wire = catalog.encode(e);
    expect(wire.status).toBe(409);
    expect(wire.headers['content-type']).toBe('application/json');
    expect(wire.body).toEqual({
      statusCode: 409,
      message,
      errors: [{ code: 'ConcurrentModification', message, resourceId: 'd-1', resourceKey: 'k', expectedVersion: 1, currentVersion: 2 }],
    });
  });

  it('writes further errors given as details after the error itself', () => {
    const two = catalog.create('DeploymentUnsupportedRegion', { region: 'mars' }, {
      details: [{ code: 'DeploymentUnknownGlobalConfigurationKey', params: { configurationKey: 'B' } }],
    });
    const body = catalog.encode(two).body as { errors: { code: string; message: string }[] };
    expect(body.errors.map((x) => [x.code, x.message])).toEqual([
      ['DeploymentUnsupportedRegion', 'Deployment unsupported region mars'],
      ['DeploymentUnknownGlobalConfigurationKey', 'Deployment global configuration does not require (secret|standard) with key B.'],
    ]);
    expect(catalog.parse(body).details.map((d) => d.code)).toEqual(['DeploymentUnsupportedRegion', 'DeploymentUnknownGlobalConfigurationKey']);
  });

  it('sends the documented message of a 5xx, never the own one', () => {
    const e = catalog.create('General', undefined, { message: 'db01 is down' });
    const body = catalog.encode(e).body as { message: string; errors: { message: string }[] };
    expect([body.message, body.errors[0]!.message]).toEqual(['Internal Server Error', 'Internal Server Error']);
  });
});

describe('connect envelope: lenient reading', () => {
  it('reads a body without a top-level message, and extra top-level fields', () => {
    const e = catalog.parse({ statusCode: 502, errors: [{ code: 'BadGateway', message: 'Scaling.' }], traceId: 't' });
    expect([e.code, e.message, e.retryable]).toEqual(['BadGateway', 'Scaling.', true]);
  });

  it('reads an error object without a message, using the documented one', () => {
    const e = catalog.parse({ statusCode: 409, errors: [{ code: 'ConcurrentModification', expectedVersion: 2 }] });
    expect(e.params).toEqual({ expectedVersion: 2 });
    expect(e.details[0]!.message).toBe('Object has a different version than expected. Expected: 2');
  });

  it('leaves out params of the wrong type instead of failing, unless strict', () => {
    const body = { statusCode: 409, message: 'm', errors: [{ code: 'ConcurrentModification', message: 'm', expectedVersion: 'two', currentVersion: 3 }] };
    expect(catalog.parse(body).params).toEqual({ currentVersion: 3 });
    expect(() => catalog.parse(body, { strict: true })).toThrow(expect.objectContaining({ name: 'ErrsParseError' }) as Error);
  });

  it('takes the status of the transport, and in strict mode rejects a body that contradicts it', () => {
    expect(catalog.parse(notFound, { status: 410 }).status).toBe(410);
    const r = catalog.safeParse(notFound, { status: 410, strict: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['statusCode']);
  });

  it('reads a body with no error object as the status alone, known: false (rejected when strict)', () => {
    const e = catalog.parse({ statusCode: 503, message: 'Service Unavailable', errors: [] });
    expect([e.code, e.known, e.status, e.category, e.retryable]).toEqual(['HTTP_503', false, 503, 'UNAVAILABLE', true]);
    expect(catalog.safeParse({ statusCode: 503, message: 'x', errors: [] }, { strict: true }).success).toBe(false);
  });

  it('reads a code the catalog lacks as known: false, keeping its fields', () => {
    const e = catalog.parse({ statusCode: 400, message: 'New.', errors: [{ code: 'ConnectorSomethingNew', message: 'New.', connector: 'c' }] });
    expect([e.code, e.known, e.category, e.message]).toEqual(['ConnectorSomethingNew', false, 'INVALID_ARGUMENT', 'New.']);
    expect(e.params).toEqual({ connector: 'c' });
  });

  it('copies wire fields safely: a __proto__ key stays data', () => {
    const e = catalog.parse('{"statusCode":400,"message":"x","errors":[{"code":"Nope","message":"x","__proto__":{"polluted":true}}]}');
    expect(Object.getPrototypeOf(e.params)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.hasOwn(e.params, '__proto__')).toBe(true);
  });

  it('takes the request id from X-Correlation-ID', () => {
    expect(catalog.parse(notFound, { headers: { 'X-Correlation-ID': 'projects-abc' } }).requestId).toBe('projects-abc');
  });
});

describe('connect envelope: bodies that are not the envelope', () => {
  it.each([
    ['a NestJS body without errors', { statusCode: 404, message: 'Cannot GET /x', error: 'Not Found' }, 'shape', ['errors']],
    ['a status that is text', { statusCode: '404', message: 'x', errors: [] }, 'shape', ['statusCode']],
    ['an error without code', { statusCode: 400, message: 'x', errors: [{ message: 'x' }] }, 'shape', ['errors', 0, 'code']],
    ['errors that is no array', { statusCode: 400, message: 'x', errors: { code: 'General' } }, 'shape', ['errors']],
  ])('rejects %s with the reason', (_name, body, reason, path) => {
    const r = catalog.safeParse(body);
    expect(r.success).toBe(false);
    expect(isErrsParseError(r.error)).toBe(true);
    expect(r.error!.reason).toBe(reason);
    expect(r.error!.issues[0]!.path).toEqual(path);
  });

  it.each([
    ['', 'empty'],
    ['<html><body>502 Bad Gateway</body></html>', 'not_json'],
    ['[1]', 'not_object'],
  ])('rejects %j as %s', (text, reason) => {
    expect(catalog.safeParse(text).error?.reason).toBe(reason);
  });

  it('gives a status-derived error for a gateway page in a Response', async () => {
    const e = await catalog.fromResponse(new Response('<html>502</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect([e.code, e.known, e.retryable]).toEqual(['HTTP_502', false, true]);
  });

  it('exports the body schema: the doc example fits, a body without statusCode does not', async () => {
    const { safeParse } = await import('zod/mini');
    expect(safeParse(bodySchema, twoErrors).success).toBe(true);
    expect(safeParse(bodySchema, { message: 'x', errors: [] }).success).toBe(false);
  });
});

describe('connect envelope: errors thrown by @commercetools/ts-client', () => {
  // The shape of its HttpError (utils/errors.ts + createError): status on the error, body under `body`.
  const httpError = (statusCode: number, body: unknown) =>
    Object.assign(new Error('ignored'), {
      name: 'NotFound',
      code: statusCode,
      statusCode,
      status: statusCode,
      method: 'GET',
      headers: { 'x-correlation-id': 'corr-1' },
      body,
      retryCount: 0,
      uri: '/p/deployments/key=x',
    });

  it('reads the body of an HttpError, with its status and headers', () => {
    const e = catalog.parse(httpError(404, notFound));
    expect([e.code, e.status, e.requestId, e.known]).toEqual(['ResourceNotFound', 404, 'corr-1', true]);
  });

  it('reads what its http middleware throws on failures: { body: HttpError, error: HttpError }', () => {
    const inner = httpError(409, conflict);
    const e = catalog.parse({ body: inner, error: inner });
    expect([e.code, e.status]).toEqual(['ConcurrentModification', 409]);
  });

  it('reads a client error carrying the body under error', () => {
    const e = catalog.parse({ statusCode: 401, error: authLayer });
    expect([e.code, e.status]).toEqual(['invalid_token', 401]);
  });

  it('reads a body kept as JSON text', () => {
    expect(catalog.parse(httpError(400, JSON.stringify(twoErrors))).details).toHaveLength(2);
  });

  it('rejects a network error without a response body as no Connect body', () => {
    const r = catalog.safeParse({ body: new Error('ECONNRESET'), error: undefined, statusCode: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.reason).toBe('shape');
  });
});
