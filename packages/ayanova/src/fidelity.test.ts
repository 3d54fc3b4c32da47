// What AyaNova servers send beyond the error code table: validation details, old servers' names,
// and the status of internal errors (vendor-docs/ayanova.md, current/ayanova-response-format.md).
import { describe, expect, it } from 'vitest';
import { catalog, legacyDetailCodes } from './index.js';

describe('ayanova: validation details { target, error, message? } (issue 19; 2202 row of ayanova.md)', () => {
  // The detail shape of issue 19 ("target": "Name", "error": "2202", "message": "255 max"); the
  // recovered pages say only that the 2202 limit is "returned in the message property".
  const body = {
    error: {
      code: '2200',
      message: 'Object did not pass validation',
      details: [
        { target: 'Name', error: '2202', message: '255 max' },
        { target: 'Notes', error: '2201' },
        { target: '', error: '2207' },
      ],
    },
  };

  it('reads the field code from `error` (a quoted string), the field from `target`, `message` optional', () => {
    const e = catalog.parse(body);
    expect(e.details.map((d) => [d.code, d.path, d.known])).toEqual([
      ['2202', 'Name', true],
      ['2201', 'Notes', true],
      ['2207', undefined, true],
    ]);
    expect(e.details[0]!.message).toBe('255 max');
    expect(e.details[0]!.params).toEqual({ limit: 255 });
    expect(e.details[1]!.message).toBe(catalog.get('2201').message);
  });

  it('reads a blank target as the whole object (no path) and writes it blank again', () => {
    const e = catalog.parse(body);
    expect(e.details[2]).not.toHaveProperty('path');
    expect(catalog.encode(e).body).toEqual(body);
  });

  it('writes a whole-object rule created without a path with a blank target', () => {
    const e = catalog.create('2200', {}, { details: [{ code: '2207' }, { code: '2202', path: 'Name', params: { limit: 255 } }] });
    expect((catalog.encode(e).body as typeof body).error.details).toEqual([
      { target: '', error: '2207' },
      { target: 'Name', error: '2202', message: '255' },
    ]);
  });
});

describe('ayanova: old v8 servers write names in details[].error (current/ayanova-response-format.md, D/E)', () => {
  it.each([
    ['RequiredPropertyEmpty', '2201'],
    ['LengthExceeded', '2202'],
    ['InvalidValue', '2203'],
    ['NotUnique', '2206'],
    ['StartDateMustComeBeforeEndDate', '2207'],
    ['ReferentialIntegrity', '2208'],
    ['InvalidOperation', '2030'],
  ])('reads %s as %s', (name, code) => {
    const e = catalog.parse({ error: { code: '2200', details: [{ target: 'Name', error: name, message: name === 'LengthExceeded' ? '50' : undefined }] } });
    expect(e.details[0]).toMatchObject({ code, path: 'Name', known: true });
    if (code === '2202') expect(e.details[0]!.params).toEqual({ limit: 50 });
    expect(legacyDetailCodes[name]).toBe(code);
  });

  it('keeps a name that is none of the seven as a detail code the catalog lacks', () => {
    expect(catalog.parse({ error: { code: '2200', details: [{ target: 'X', error: 'SomethingNew' }] } }).details[0]).toMatchObject({
      code: 'SomethingNew',
      known: false,
    });
    expect(Object.hasOwn(legacyDetailCodes, 'toString')).toBe(false);
    expect(catalog.parse({ error: { code: '2200', details: [{ error: 'toString' }] } }).details[0]).toMatchObject({ code: 'toString', known: false });
  });

  it('does not take the names as top-level codes (they were validation codes only)', () => {
    expect(catalog.safeParse({ error: { code: 'InvalidOperation' } }).success).toBe(false);
  });
});

describe('ayanova: internal errors take the status of the wire (2002: 503 in ayanova.md)', () => {
  it('keeps 500 when the response says 500', async () => {
    const response = new Response(JSON.stringify({ error: { code: '2002' } }), { status: 500, headers: { 'content-type': 'application/json' } });
    const e = await catalog.fromResponse(response);
    expect([e.code, e.status, e.known, e.category]).toEqual(['2002', 500, true, 'INTERNAL']);
    expect(catalog.parse({ error: { code: '2002' } }, { status: 500 }).status).toBe(500);
  });

  it('takes the documented 503 without a transport status, and creates with it', () => {
    expect(catalog.parse({ error: { code: '2002' } }).status).toBe(503);
    expect(catalog.encode(catalog.create('2002')).status).toBe(503);
    expect(catalog.encode(catalog.create('2002', {}, { status: 500 })).status).toBe(500);
  });
});
