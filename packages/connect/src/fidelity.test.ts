// What the real API sends, beyond the error reference's tables: bodies from the vendor's own API
// reference (vendor-docs/connect.md and current/connect.md) and from its own TypeScript client.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClientBuilder } from '@commercetools/ts-client';
import { isErrsParseError } from '@errs/core';
import { describeWithDocs, readVendorDoc } from '@errs/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoErrors } from './fixtures.js';
import { docs } from './docs.js';
import { catalog } from './index.js';

/** The first JSON object in a doc's text that starts at `from` (the doc prints examples unfenced). */
function jsonAfter(text: string, from: string): unknown {
  const start = text.indexOf('{', text.indexOf(from));
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  throw new Error(`no JSON after ${from}`);
}


describe('connect: two errors of one code, as create writes them (issue 15, point 7)', () => {
  it('writes the error itself and each detail, its own code included', () => {
    const e = catalog.create(
      'InvalidJsonInput',
      { detailedErrorMessage: '' },
      { message: 'First error message.', details: [{ code: 'InvalidJsonInput', message: 'Second error message.', params: { detailedErrorMessage: '' } }] },
    );
    expect(catalog.encode(e).body).toEqual(twoErrors);
  });

  it('keeps the params of both errors (p1 and p2)', () => {
    const e = catalog.create('InvalidJsonInput', { detailedErrorMessage: 'p1' }, { details: [{ code: 'InvalidJsonInput', params: { detailedErrorMessage: 'p2' } }] });
    const body = catalog.encode(e).body as typeof twoErrors;
    expect(body.errors.map((x) => [x.code, x.detailedErrorMessage])).toEqual([
      ['InvalidJsonInput', 'p1'],
      ['InvalidJsonInput', 'p2'],
    ]);
    // ... and reads back as the same two.
    expect(catalog.parse(body).details.map((d) => d.params)).toEqual([{ detailedErrorMessage: 'p1' }, { detailedErrorMessage: 'p2' }]);
  });

  it('writes a parsed response back as it came, not with its first error twice', () => {
    expect(catalog.encode(catalog.parse(twoErrors)).body).toEqual(twoErrors);
  });
});

describeWithDocs('connect: the reference example of two errors (vendor-docs/connect.md, ErrorResponse)', () => {
  it('is what create + encode write', () => {
    const example = jsonAfter(readVendorDoc('connect.md'), 'Base representation of an error response');
    expect(example).toEqual(twoErrors);
    const e = catalog.create(
      'InvalidJsonInput',
      { detailedErrorMessage: '' },
      { message: 'First error message.', details: [{ code: 'InvalidJsonInput', message: 'Second error message.', params: { detailedErrorMessage: '' } }] },
    );
    expect(catalog.encode(e)).toMatchObject({ status: 400, body: example });
  });
});

describe('connect: the request id travels as X-Correlation-ID', () => {
  it('encode writes requestId as X-Correlation-ID (the header the API and its clients use)', () => {
    const e = catalog.create('ResourceNotFound', { resourceKey: 'k' }, { requestId: 'projects-1234/abcd' });
    expect(catalog.encode(e).headers['x-correlation-id']).toBe('projects-1234/abcd');
    expect(catalog.toResponse(e).headers.get('X-Correlation-ID')).toBe('projects-1234/abcd');
  });

  it('writes no such header without a request id', () => {
    expect(catalog.encode(catalog.create('ResourceNotFound', {})).headers).not.toHaveProperty('x-correlation-id');
  });

  it('round-trips it through a Response', async () => {
    const e = catalog.create('General', {}, { requestId: 'corr-42' });
    expect((await catalog.fromResponse(catalog.toResponse(e))).requestId).toBe('corr-42');
  });
});

describe('connect: a real 409 carries currentVersion only (current/connect.md §3: `currentVersion?`)', () => {
  const real = {
    statusCode: 409,
    message: 'Object abc has a different version than expected. Expected: 1 - Actual: 2.',
    errors: [{ code: 'ConcurrentModification', message: 'Object abc has a different version than expected. Expected: 1 - Actual: 2.', currentVersion: 2 }],
  };

  it('parses it, currentVersion typed', () => {
    const e = catalog.parse(real, { strict: true });
    if (!catalog.is(e, 'ConcurrentModification')) throw new Error('not narrowed');
    expect(e.params).toEqual({ currentVersion: 2 });
    expect([e.status, e.category, e.retry.strategy]).toEqual([409, 'ABORTED', 'refetch']);
  });

  it('creates it (a mock answers as the API does) and reads it back', () => {
    const e = catalog.create('ConcurrentModification', { currentVersion: 2 }, { message: real.message });
    expect(catalog.encode(e).body).toEqual(real);
    expect(catalog.parse(catalog.encode(e).body).params).toEqual({ currentVersion: 2 });
  });
});

describe('connect: `errors` is optional in ErrorResponse (current/connect.md §4, ErrorResponse.raml)', () => {
  it('parses { statusCode, message } alone to a status-derived error', () => {
    const e = catalog.parse({ statusCode: 503, message: 'Service unavailable' });
    expect([e.code, e.status, e.known, e.category, e.message]).toEqual(['HTTP_503', 503, false, 'UNAVAILABLE', 'Service unavailable']);
    expect(e.details).toEqual([]);
  });

  it('takes the OAuth `error` as the code when there is one (Import API ErrorResponse, `error?`)', () => {
    const e = catalog.parse({ statusCode: 403, message: 'Insufficient scope.', error: 'insufficient_scope', error_description: 'Insufficient scope.' });
    expect([e.code, e.status, e.known, e.category]).toEqual(['insufficient_scope', 403, true, 'PERMISSION_DENIED']);
  });

  it('still rejects a body without statusCode', () => {
    const r = catalog.safeParse({ message: 'x' });
    expect(r.success).toBe(false);
    expect(isErrsParseError(r.error)).toBe(true);
  });
});

describe('connect: OAuth codes of the authorization API (current/connect.md §5)', () => {
  // api-specs/api/examples/Error/AuthErrorResponse.json (verbatim in current/connect.md §5).
  const authError = { statusCode: 401, message: 'invalid_token', errors: [{ code: 'invalid_token', message: 'invalid_token' }], error: 'invalid_token' };

  it.each([
    ['invalid_token', 401, 'UNAUTHENTICATED', 'api-specs/connect/examples/error/auth-error-response.json'],
    ['insufficient_scope', 403, 'PERMISSION_DENIED', 'api-specs/api/types/error/InsufficientScopeError.raml'],
    ['invalid_scope', 400, 'INVALID_ARGUMENT', 'api-specs/import/types/error.raml'],
    ['access_denied', 403, 'PERMISSION_DENIED', 'api-specs/import/types/error.raml'],
  ] as const)('has %s (%i, %s) with its source', (code, status, category, source) => {
    expect(catalog.get(code)).toMatchObject({ status, category, nested: false });
    expect(docs[code]?.source).toContain(source);
  });

  it('reads the AuthErrorResponse example and writes it back exactly', () => {
    const e = catalog.parse(authError);
    expect([e.code, e.known, e.status]).toEqual(['invalid_token', true, 401]);
    expect(catalog.encode(e).body).toEqual(authError);
  });

  it('writes an OAuth code with its top-level `error`, as AuthErrorResponse has it', () => {
    const body = catalog.encode(catalog.create('insufficient_scope')).body as Record<string, unknown>;
    expect(body).toMatchObject({ statusCode: 403, error: 'insufficient_scope', errors: [{ code: 'insufficient_scope' }] });
  });
});

// @commercetools/ts-client 4.10.0 against a local server: on a 401 with `errors: []` its http
// middleware reads `errors[0].code`, crashes, and throws a NetworkError with status 0 and no body.
describe('connect: @commercetools/ts-client and a 401 with errors: []', () => {
  const bodies: Record<string, readonly [number, unknown]> = {
    '/p/empty': [401, { statusCode: 401, message: 'invalid_token', errors: [], error: 'invalid_token' }],
    '/p/conflict': [409, { statusCode: 409, message: 'Version mismatch.', errors: [{ code: 'ConcurrentModification', message: 'Version mismatch.', currentVersion: 7 }] }],
  };
  const server = createServer((req, res) => {
    const [status, body] = bodies[req.url ?? ''] ?? [404, { statusCode: 404, message: 'no', errors: [] }];
    res.writeHead(status, { 'content-type': 'application/json', 'x-correlation-id': 'corr-7' });
    res.end(JSON.stringify(body));
  });
  let host = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  }));

  const thrownBy = async (uri: string): Promise<unknown> => {
    const client = new ClientBuilder().withProjectKey('p').withHttpMiddleware({ host, httpClient: fetch }).build();
    try {
      await client.execute({ uri, method: 'GET' });
    } catch (thrown) {
      return thrown;
    }
    throw new Error('the client did not throw');
  };

  it('the client loses the response: errs gives a typed failure, never a crash', async () => {
    const thrown = (await thrownBy('/p/empty')) as { error: { code: string; statusCode: number } };
    expect([thrown.error.code, thrown.error.statusCode]).toEqual(['NetworkError', 0]);
    const r = catalog.safeParse(thrown);
    expect(r.success).toBe(false);
    expect(isErrsParseError(r.error)).toBe(true);
  });

  it('the same response read by errs itself gives the 401 invalid_token', async () => {
    const e = await catalog.fromResponse(await fetch(`${host}/p/empty`));
    expect([e.code, e.status, e.known, e.category, e.requestId]).toEqual(['invalid_token', 401, true, 'UNAUTHENTICATED', 'corr-7']);
  });

  it('reads what the client throws where it kept the response (a 409 with currentVersion only)', async () => {
    const e = catalog.parse(await thrownBy('/p/conflict'));
    expect([e.code, e.status, e.params]).toEqual(['ConcurrentModification', 409, { currentVersion: 7 }]);
    expect(e.requestId).toBe('corr-7');
  });
});
