import { isErrsParseError, match, retryDelay } from '@errs/core';
import { describe, expect, it } from 'vitest';
import { catalog } from './index.js';

// The issue's example body, verbatim.
const example = {
  error: {
    code: '2200',
    message: 'Object did not pass validation',
    details: [
      { target: 'Name', error: '2201' },
      { target: 'Notes', error: '2202', message: '255' },
    ],
  },
};

function parseFailure(input: unknown, init?: Parameters<typeof catalog.safeParse>[1]) {
  const result = catalog.safeParse(input, init);
  expect(result.success).toBe(false);
  expect(isErrsParseError(result.error)).toBe(true);
  return result.error!;
}

describe('ayanova envelope: reading', () => {
  it('reads the example: 2200 with its field-level details', () => {
    const e = catalog.parse(example);
    expect([e.code, e.known, e.status, e.category, e.message]).toEqual(['2200', true, 400, 'INVALID_ARGUMENT', 'Object did not pass validation']);
    expect(e.details).toEqual([
      { code: '2201', path: 'Name', known: true, params: {}, message: 'Validation error - Field is required but is empty or null' },
      { code: '2202', path: 'Notes', known: true, params: { limit: 255 }, message: '255' },
    ]);
  });

  it('reads the limit of 2202 when its message is an integer, alone or first', () => {
    const body = (message: string) => ({ error: { code: '2200', details: [{ target: 'Notes', error: '2202', message }] } });
    expect(catalog.parse(body(' 80 ')).details[0]!.params).toEqual({ limit: 80 });
    const prose = catalog.parse(body('255 characters max')).details[0]!;
    expect(prose.params).toEqual({ limit: 255 });
    expect(prose.message).toBe('255 characters max');
    expect(catalog.parse(body('max 255')).details[0]!.params).toEqual({});
    expect(catalog.parse(body('2.5')).details[0]!.params).toEqual({});
  });

  it('reads codes sent as JSON numbers, and detail codes too', () => {
    const e = catalog.parse({ error: { code: 2200, details: [{ target: 'Name', error: 2201 }] } });
    expect([e.code, e.known]).toEqual(['2200', true]);
    expect(e.details[0]).toMatchObject({ code: '2201', known: true, path: 'Name' });
    expect(catalog.parse('{"error":{"code":2010}}').code).toBe('2010');
  });

  it('fills a missing message with the documented one and takes the status from the transport', () => {
    const e = catalog.parse({ error: { code: '2010' } });
    expect([e.status, e.message, e.category]).toEqual([404, 'Object not found - API could not find the object requested', 'NOT_FOUND']);
    expect(catalog.parse({ error: { code: '2010' } }, { status: 410 }).status).toBe(410);
  });

  it('is lenient: null fields, extra fields, details without a field', () => {
    const e = catalog.parse({
      error: { code: '2200', message: null, target: null, details: [{ error: '2203', target: null, message: null, extra: 1 }], innerError: { x: 1 } },
      traceId: 'abc',
    });
    expect([e.code, e.known, e.params]).toEqual(['2200', true, {}]);
    expect(e.details).toEqual([{ code: '2203', known: true, params: {}, message: catalog.get('2203').message }]);
    expect(catalog.parse({ error: { code: '2200', details: null } }).details).toEqual([]);
  });

  it('reads error.target as the target param', () => {
    const e = catalog.parse({ error: { code: '2010', message: 'No such work order', target: 'WorkOrder' } });
    expect(catalog.is(e, '2010') && e.params.target).toBe('WorkOrder');
  });

  it('keeps a 2030 specifics message', () => {
    const e = catalog.parse({ error: { code: '2030', message: 'Cannot delete a closed work order' } });
    expect([e.known, e.message, e.category]).toEqual([true, 'Cannot delete a closed work order', 'FAILED_PRECONDITION']);
  });

  it('reads a code in 2000-3000 that the catalog lacks as known: false', () => {
    const e = catalog.parse({ error: { code: '2999', message: 'Something new', target: 'X' } }, { status: 422 });
    expect([e.code, e.known, e.status, e.message, e.category]).toEqual(['2999', false, 422, 'Something new', 'INVALID_ARGUMENT']);
    expect(e.params).toEqual({ target: 'X' });
    expect(catalog.parse({ error: { code: 3000 } }).known).toBe(false);
  });

  it('reads a field-level code sent alone as known: false (they only appear inside 2200)', () => {
    const e = catalog.parse({ error: { code: '2201' } }, { status: 400 });
    expect([e.code, e.known]).toEqual(['2201', false]);
  });

  it('keeps unknown detail codes as unknown details, and skips details without a code unless strict', () => {
    const body = { error: { code: '2200', details: [{ target: 'A', error: '2299', message: 'new rule' }, { target: 'B' }, { target: 'C', error: 'Weird' }] } };
    const e = catalog.parse(body);
    expect(e.details).toEqual([
      { code: '2299', path: 'A', known: false, params: {}, message: 'new rule' },
      { code: 'Weird', path: 'C', known: false, params: {}, message: 'Weird' },
    ]);
    const strict = parseFailure(body, { strict: true });
    expect(strict.reason).toBe('shape');
    expect(strict.issues[0]!.path).toEqual(['error', 'details', 1, 'error']);
  });

  it('rejects codes outside 2000-3000 and non-numeric codes: not an AyaNova error', () => {
    for (const value of ['1999', '3001', 404, 2200.5, 'abc', '', ' 2200', '2200a', '-2200']) {
      const error = parseFailure({ error: { code: value, message: 'x' } });
      expect(error.reason).toBe('shape');
      expect(error.issues[0]!.path).toEqual(['error', 'code']);
      expect(error.message).toContain('2000 to 3000');
    }
  });

  it('rejects bodies that are not the envelope, with the reason', () => {
    expect(parseFailure('').reason).toBe('empty');
    expect(parseFailure('<html><body>502 Bad Gateway</body></html>').reason).toBe('not_json');
    expect(parseFailure('[1]').reason).toBe('not_object');
    expect(parseFailure({ data: { id: 1 } }).reason).toBe('shape');
    expect(parseFailure({ error: { message: 'no code' } }).issues[0]!.path).toEqual(['error', 'code']);
    expect(parseFailure({ error: { code: '2200', details: ['2201'] } }).reason).toBe('shape');
  });

  it('does not let __proto__ keys reach the prototype', () => {
    const e = catalog.parse('{"error":{"code":"2999","__proto__":{"polluted":true},"target":"T"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(e.params)).toBe(Object.prototype);
  });

  it('turns an HTML gateway page into a status-derived unknown error', async () => {
    const e = await catalog.fromResponse(new Response('<html>502</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect([e.code, e.known, e.status, e.category]).toEqual(['HTTP_502', false, 502, 'UNAVAILABLE']);
  });
});

describe('ayanova envelope: writing', () => {
  it('writes the example exactly, key order included', () => {
    const created = catalog.create('2200', {}, {
      message: 'Object did not pass validation',
      details: [
        { code: '2201', path: 'Name' },
        { code: '2202', path: 'Notes', params: { limit: 255 } },
      ],
    });
    const { status, headers, body } = catalog.encode(created);
    expect(status).toBe(400);
    expect(headers['content-type']).toBe('application/json');
    expect(JSON.stringify(body)).toBe(JSON.stringify(example));
  });

  it('re-encodes a parsed body unchanged', () => {
    const bodies = [
      example,
      { error: { code: '2010', message: 'Not here', target: 'Customer' } },
      { error: { code: '2200', message: 'm', details: [{ target: 'Notes', error: '2202', message: 'at most 255' }, { target: '', error: '2299', message: 'new' }] } },
    ];
    for (const body of bodies) expect(JSON.stringify(catalog.encode(catalog.parse(body)).body)).toBe(JSON.stringify(body));
  });

  it('writes the documented message and the target param', () => {
    const e = catalog.create('2004', { target: 'WorkOrder' });
    expect(catalog.encode(e).body).toEqual({ error: { code: '2004', message: catalog.get('2004').message, target: 'WorkOrder' } });
    expect(catalog.encode(e).status).toBe(403);
  });

  it('writes the specifics of 2030 in message', () => {
    const e = catalog.create('2030', {}, { message: 'Work order is locked' });
    expect(catalog.encode(e).body).toEqual({ error: { code: '2030', message: 'Work order is locked' } });
  });

  it('never sends the own message of 2002 (503) unless exposed', () => {
    const e = catalog.create('2002', {}, { message: 'NullReferenceException at Foo.Bar' });
    const { status, body } = catalog.encode(e);
    expect(status).toBe(503);
    expect(body).toEqual({ error: { code: '2002', message: 'Internal error from the API server, details in server log file' } });
  });

  it('rejects a non-integer limit for 2202 at runtime', () => {
    expect(() => catalog.create('2200', {}, { details: [{ code: '2202', params: { limit: 2.5 } }] })).toThrow(TypeError);
  });
});

describe('ayanova: statuses, categories and retry advice', () => {
  it('uses the documented statuses and the chosen ones', () => {
    const statuses = Object.fromEntries(catalog.codes.filter((c) => !catalog.get(c).nested).map((c) => [c, catalog.get(c).status]));
    expect(statuses).toEqual({
      '2000': 503, '2001': 503, '2002': 503, '2003': 401, '2004': 403, '2005': 409, '2006': 503,
      '2010': 404, '2020': 400, '2030': 400, '2040': 400, '2200': 400,
    });
  });

  it('advises refetch for 2005 (first save wins)', () => {
    const e = catalog.parse({ error: { code: '2005' } });
    expect([e.status, e.category, e.retry.strategy, e.retryable]).toEqual([409, 'ABORTED', 'refetch', false]);
    expect(e.retry.note).toMatch(/fetch the record again/i);
    expect(retryDelay(e, 0)).toBeUndefined();
  });

  it.each(['2000', '2001', '2006'] as const)('says %s (API closed) is not retryable until an operator reopens it', (code) => {
    const info = catalog.get(code);
    expect([info.status, info.category, info.retry.strategy, info.retryable]).toEqual([503, 'UNAVAILABLE', 'operator', false]);
    expect(info.retry.note).toMatch(/operator reopens/);
    expect(retryDelay(catalog.create(code), 0)).toBeUndefined();
  });

  it('advises checking before resending after 2002', () => {
    expect(catalog.get('2002').retry.strategy).toBe('verify');
  });

  it('dispatches with match', () => {
    const describe = (body: unknown) =>
      match(catalog.parse(body), {
        '2005': () => 'refetch',
        '2200': (e) => e.details.map((d) => `${d.path ?? '?'}:${d.code}`).join(','),
        _: (e) => `other ${e.code}`,
      });
    expect(describe(example)).toBe('Name:2201,Notes:2202');
    expect(describe({ error: { code: '2005' } })).toBe('refetch');
    expect(describe({ error: { code: '2999' } })).toBe('other 2999');
  });
});

// Each found by a mutant of the envelope that every test above let through (see TESTING.md).
describe('ayanova envelope: at the edges', () => {
  const body = (error: Record<string, unknown>) => ({ error: { code: '2200', message: 'Object did not pass validation', ...error } });

  it('refuses a detail whose fields have the wrong types, as the server never sends them', () => {
    for (const detail of [{ target: 5, error: '2201' }, { target: 'Name', error: true }, { target: 'Name', error: '2201', message: 7 }]) {
      expect(parseFailure(body({ details: [detail] })).message).toMatch(/^ayanova: not an error body of ayanova: .* at error\.details\.0\./);
    }
  });

  it('reads a code only as digits: a code with a space or a sign is no AyaNova code', () => {
    for (const code of ['2000 ', ' 2000', '+2000', '2000\n']) {
      expect(parseFailure({ error: { code } }).message).toBe('ayanova: not an error body of ayanova: not an AyaNova API error code (a number from 2000 to 3000) at error.code');
    }
  });

  it("reads a 2202 limit followed by words after any run of spaces, and gives no other detail a limit", () => {
    const e = catalog.parse(body({ details: [{ target: 'Notes', error: '2202', message: '255  max' }, { target: 'Age', error: '2203', message: '12' }] }));
    expect(e.details.map((d) => d.params)).toEqual([{ limit: 255 }, {}]);
    expect(Object.keys(e.details[1]!.params)).toEqual([]);
  });

  it('gives a 2202 detail whose message carries no limit no limit param, and writes its message back', () => {
    const e = catalog.parse(body({ details: [{ target: 'Notes', error: '2202', message: 'too long' }] }));
    expect(Object.keys(e.details[0]!.params)).toEqual([]);
    expect(catalog.encode(e).body).toEqual(body({ details: [{ target: 'Notes', error: '2202', message: 'too long' }] }));
  });

  it('writes no message for a detail that has only its code, and no target or message key where there is none', () => {
    const e = catalog.parse(body({ details: [{ target: '', error: '2999' }] }));
    const written = catalog.encode(e).body as { error: Record<string, unknown> & { details: Record<string, unknown>[] } };
    expect(written.error.details).toEqual([{ target: '', error: '2999' }]);
    expect('message' in written.error.details[0]!).toBe(false);
    expect('target' in written.error).toBe(false);
  });

  it('reads a null target as none, also in strict mode', () => {
    const e = catalog.parse(body({ target: null }), { strict: true });
    expect(Object.keys(e.params)).toEqual([]);
  });

  it('says in strict mode which detail has no field-level code', () => {
    expect(parseFailure(body({ details: [{ target: 'Name', error: 'Nope' }] }), { strict: true }).message).toBe(
      'ayanova: not an error body of ayanova: a detail without an AyaNova field-level code at error.details.0.error',
    );
  });
});

describe('ayanova envelope: writing a 2202 detail', () => {
  it('writes no message for a 2202 detail without a limit whose message is the documented one', () => {
    const documented = catalog.get('2202').message;
    const e = catalog.create('2200', {}, { details: [{ code: '2202', path: 'Notes', message: documented }] });
    const written = catalog.encode(e).body as { error: { details: Record<string, unknown>[] } };
    expect(written.error.details).toEqual([{ target: 'Notes', error: '2202' }]);
  });
});
