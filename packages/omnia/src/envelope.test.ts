import { describe, expect, it } from 'vitest';
import { ErrsParseError, retryDelay } from '@errs/core';
import { catalog } from './index.js';

const example = {
  code: 'ValidationFailed',
  message: 'Request validation failed.',
  errors: [{ code: 'RequiredValue', name: '_code', message: 'Attribute value is required.' }],
};

function parseError(input: unknown, init?: Parameters<typeof catalog.safeParse>[1]): ErrsParseError {
  const result = catalog.safeParse(input, init);
  expect(result.success).toBe(false);
  return result.error!;
}

describe('reading OMNIA bodies', () => {
  it("reads the issue's example: nested errors become details, name becomes the path", () => {
    const e = catalog.parse(JSON.stringify(example), { status: 400 });
    expect(e).toMatchObject({ vendor: 'omnia', code: 'ValidationFailed', status: 400, known: true, category: 'INVALID_ARGUMENT', retryable: false });
    expect(e.message).toBe('Request validation failed.');
    expect(e.details).toEqual([{ code: 'RequiredValue', path: '_code', message: 'Attribute value is required.', params: {}, known: true }]);
  });

  it('takes the status from the documentation when the transport gives none', () => {
    expect(catalog.parse({ code: 'EntityHasBeenChanged', message: "The entity isn't in the expected version." }).status).toBe(412);
    expect(catalog.parse({ code: 'MissingSystemConfiguration', message: 'Missing system configuration.' }).status).toBe(424);
    expect(catalog.parse({ code: 'EntityNotFound', message: 'x' }, { status: 410 }).status).toBe(410);
  });

  it('reads the defined length of TextMaxLengthMismatch back from its message', () => {
    const e = catalog.parse({
      code: 'ValidationFailed',
      message: 'Request validation failed.',
      errors: [
        { code: 'TextMaxLengthMismatch', name: 'description', message: 'Value is too long to the defined length of 255.' },
        { code: 'TextMaxLengthMismatch', name: 'notes', message: 'Value is too long.' },
      ],
    });
    expect(e.details[0]).toMatchObject({ path: 'description', params: { definedLength: 255 } });
    expect(e.details[1]).toMatchObject({ path: 'notes', params: {}, message: 'Value is too long.' });
    expect(catalog.format(e.details[0]!, { TextMaxLengthMismatch: 'Máximo {definedLength} caracteres.' })).toBe('Máximo 255 caracteres.');
  });

  it('is lenient: null message, null or missing errors, missing detail name and message, extra members', () => {
    const e = catalog.parse({
      code: 'ValidationFailed',
      message: null,
      errors: [{ code: 'Duplicated' }, { code: 'NotFound', name: null, message: null, target: 'x' }],
      traceId: '00-abc-01',
    });
    expect(e.message).toBe('Request validation failed.');
    expect(e.details).toEqual([
      { code: 'Duplicated', message: 'Duplicated element.', params: {}, known: true },
      { code: 'NotFound', message: 'Entity/Reference cannot be found.', params: {}, known: true },
    ]);
    expect(catalog.parse({ code: 'InvalidInput', message: 'Bad.', errors: null }).details).toEqual([]);
    expect(catalog.parse({ code: 'InvalidInput', message: 'Bad.' }).message).toBe('Bad.');
  });

  it('keeps the message the API sent over the documented one', () => {
    const e = catalog.parse({ code: 'BehaviourFailed', message: 'Customer 42 is blocked.' });
    expect(e.message).toBe('Customer 42 is blocked.');
    expect(e.title).toBe('Behaviour execution failed.');
  });

  it('reads codes the catalog lacks as known: false, with a status-derived category', () => {
    const e = catalog.parse({ code: 'QuotaExceeded', message: 'Too many.', errors: [{ code: 'Brandnew', name: 'x', message: 'New.' }] }, { status: 429 });
    expect(e).toMatchObject({ code: 'QuotaExceeded', known: false, status: 429, category: 'RESOURCE_EXHAUSTED', retryable: true, message: 'Too many.' });
    expect(e.details).toEqual([{ code: 'Brandnew', path: 'x', message: 'New.', params: {}, known: false }]);
    expect(catalog.is(e)).toBe(true);
    expect(catalog.is(e, 'EntityNotFound')).toBe(false);
  });

  it('reads a nested-only code at the top level as unknown, and rejects it in strict mode', () => {
    const body = { code: 'RequiredValue', message: 'Attribute value is required.' };
    expect(catalog.parse(body).known).toBe(false);
    expect(parseError(body, { strict: true }).issues[0]!.path).toEqual(['code']);
  });

  it('in strict mode, rejects nested errors outside ValidationFailed and top-level codes among them', () => {
    const onOther = { code: 'EntityNotFound', message: 'x', errors: [{ code: 'NotFound', message: 'y' }] };
    expect(catalog.parse(onOther).details).toHaveLength(1);
    expect(parseError(onOther, { strict: true }).issues[0]!.path).toEqual(['errors']);
    const topInside = { ...example, errors: [...example.errors, { code: 'InternalError', message: 'z' }] };
    expect(parseError(topInside, { strict: true }).issues[0]!.path).toEqual(['errors', 1, 'code']);
    expect(catalog.parse(example, { strict: true }).code).toBe('ValidationFailed');
  });

  it('rejects bodies that are not the envelope with an ErrsParseError and a reason', () => {
    expect(parseError('').reason).toBe('empty');
    expect(parseError('<html><body>503 Service Unavailable</body></html>').reason).toBe('not_json');
    expect(parseError('[1]').reason).toBe('not_object');
    const missingMessage = parseError({ code: 'EntityNotFound' });
    expect(missingMessage.reason).toBe('shape');
    expect(missingMessage.issues[0]!.path).toEqual(['message']);
    expect(parseError({ code: 400, message: 'x' }).issues[0]!.path).toEqual(['code']);
    expect(parseError({ code: '', message: 'x' }).reason).toBe('shape');
    expect(parseError({ code: 'ValidationFailed', message: 'x', errors: [{ name: 'a', message: 'b' }] }).issues[0]!.path).toEqual(['errors', 0, 'code']);
    expect(parseError({ code: 'ValidationFailed', message: 'x', errors: {} }).issues[0]!.path).toEqual(['errors']);
    expect(() => catalog.parse({ Code: 'EntityNotFound', Message: 'x' })).toThrow(ErrsParseError);
  });

  it('does not let __proto__ members of a body pollute anything', () => {
    const e = catalog.parse('{"code":"NewCode","message":"m","__proto__":{"polluted":true},"errors":[{"code":"X","__proto__":{"polluted":true}}]}');
    expect(e.known).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((e.params as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('writing OMNIA bodies', () => {
  it("writes the issue's example exactly", () => {
    const e = catalog.create('ValidationFailed', {}, { details: [{ code: 'RequiredValue', path: '_code' }] });
    const wire = catalog.encode(e);
    expect(wire.status).toBe(400);
    expect(wire.headers['content-type']).toBe('application/json');
    expect(JSON.stringify(wire.body)).toBe(JSON.stringify(example));
  });

  it('writes only code and message when there are no nested errors, and no name without a path', () => {
    expect(catalog.encode(catalog.create('EntityNotFound')).body).toEqual({ code: 'EntityNotFound', message: "Entity can't be found." });
    const e = catalog.create('ValidationFailed', {}, { details: [{ code: 'TextMaxLengthMismatch', params: { definedLength: 20 } }] });
    expect(catalog.encode(e).body).toEqual({
      code: 'ValidationFailed',
      message: 'Request validation failed.',
      errors: [{ code: 'TextMaxLengthMismatch', message: 'Value is too long to the defined length of 20.' }],
    });
  });

  it('sends the documented message for 5xx unless exposed', () => {
    const e = catalog.create('InternalError', {}, { message: 'NullReferenceException at Omnia.Core' });
    expect(catalog.encode(e).body).toEqual({ code: 'InternalError', message: 'Internal system error.' });
    expect(catalog.encode(e, { expose: true }).body).toEqual({ code: 'InternalError', message: 'NullReferenceException at Omnia.Core' });
  });
});

describe('responses', () => {
  it.each([401, 403])('gives a typed error from the status alone when %i comes with an empty body', async (status) => {
    const e = await catalog.fromResponse(new Response(null, { status, headers: { 'x-request-id': 'req-1' } }));
    expect(e).toMatchObject({ code: `HTTP_${status}`, status, known: false, retryable: false, requestId: 'req-1' });
    expect(e.category).toBe(status === 401 ? 'UNAUTHENTICATED' : 'PERMISSION_DENIED');
    expect(catalog.is(e)).toBe(true);
  });

  it('reads a 412 EntityHasBeenChanged as refetch-and-retry, not as a retry after a delay', async () => {
    const response = catalog.toResponse(catalog.create('EntityHasBeenChanged'));
    expect(response.status).toBe(412);
    const e = await catalog.fromResponse(response);
    expect(catalog.is(e, 'EntityHasBeenChanged')).toBe(true);
    expect(e).toMatchObject({ category: 'ABORTED', retryable: false });
    expect(e.retry.strategy).toBe('refetch');
    expect(retryDelay(e, 0)).toBeUndefined();
  });

  it.each(['ConnectorNotFound', 'ConnectorTimeout'] as const)('treats %s (503) as transient, honouring Retry-After', async (code) => {
    const body = JSON.stringify(catalog.encode(catalog.create(code)).body);
    const e = await catalog.fromResponse(new Response(body, { status: 503, headers: { 'retry-after': '3' } }));
    expect(e).toMatchObject({ code, known: true, retryable: true, retryAfterMs: 3000 });
    expect(retryDelay(e, 0, { random: () => 0 })).toBe(3000);
  });

  it('gives a status-derived error for an HTML gateway page', async () => {
    const e = await catalog.fromResponse(new Response('<html>Bad Gateway</html>', { status: 502 }));
    expect(e).toMatchObject({ code: 'HTTP_502', known: false, category: 'UNAVAILABLE', retryable: true });
    expect(e.cause).toBeInstanceOf(ErrsParseError);
  });
});
