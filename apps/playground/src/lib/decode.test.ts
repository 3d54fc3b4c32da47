import { describe, expect, it } from 'vitest';
import { vendors } from '../vendors';
import { tidewater } from '../custom-catalog';
import { decode, parseHeaderLines, parseStatus, reasonText, statusNote } from './decode';
import { foreignExample, gatewayExample, vendorExample } from './examples';

const catalog = tidewater;

describe('decoder', () => {
  it('reads header lines and statuses', () => {
    expect(parseHeaderLines('Retry-After: 3\nbad line\n: x\nX-Request-Id:  abc \n')).toEqual({ 'retry-after': '3', 'x-request-id': 'abc' });
    expect(parseHeaderLines('__proto__: 1')).toHaveProperty('__proto__', '1');
    expect(parseStatus('429')).toBe(429);
    expect(parseStatus('')).toBeUndefined();
    expect(parseStatus('42')).toBeUndefined();
    expect(parseStatus('4x9')).toBeUndefined();
  });

  it('decodes a body with details, retry advice and problem+json', () => {
    const body = JSON.stringify({
      fault: { id: 'invalid_booking', reason: 'bad', data: { count: 2 }, violations: [{ field: 'passenger.name', rule: 'field_required', data: { field: 'name' } }] },
      traceId: 't-1',
    });
    const result = decode(catalog, body, '400', 'retry-after: 2');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.error.code).toBe('invalid_booking');
    expect(result.error.requestId).toBe('t-1');
    expect(result.details[0]).toMatchObject({ code: 'field_required', path: 'passenger.name', known: true });
    expect(result.problem).toMatchObject({ type: 'urn:errs:tidewater:invalid_booking', status: 400, code: 'invalid_booking' });
  });

  it('explains input that is not the envelope, with the status-only fallback', () => {
    const html = decode(catalog, gatewayExample.body, '502', 'retry-after: 3');
    expect(html).toMatchObject({ ok: false, reason: 'not_json' });
    if (html.ok) return;
    expect(html.fallback).toMatchObject({ code: 'HTTP_502', known: false, category: 'UNAVAILABLE', retryAfterMs: 3000 });
    const shape = decode(catalog, '{"error":"nope"}', '', '');
    expect(shape).toMatchObject({ ok: false, reason: 'shape', fallback: undefined });
    if (!shape.ok) expect(shape.issues.length).toBeGreaterThan(0);
    expect(decode(catalog, '', '400', '')).toMatchObject({ ok: false, reason: 'empty' });
    expect(decode(catalog, '[1]', '400', '')).toMatchObject({ ok: false, reason: 'not_object' });
    expect(reasonText('not_json')).toMatch(/HTML/);
  });

  it("decodes every vendor's own example, and not another vendor's", () => {
    for (const v of vendors) {
      const example = vendorExample(v.catalog);
      expect(example, v.id).toBeDefined();
      const result = decode(v.catalog, example!.body, example!.status, example!.headers);
      expect(result.ok, v.id).toBe(true);
      if (result.ok) {
        expect(result.error.known, v.id).toBe(true);
        expect(result.error.requestId, v.id).toEqual(expect.any(String));
      }
    }
    const foreign = foreignExample(catalog, vendors[0]!.catalog)!;
    expect(decode(catalog, foreign.body, foreign.status, '').ok).toBe(false);
  });
});

describe('statusNote', () => {
  it('names a status that is not one, and one that is not an error', () => {
    for (const text of ['abc', '99999', '0x1F4', '4.5', '99']) expect(statusNote(text), text).toMatch(/is not an HTTP status/);
    expect(statusNote('200')).toMatch(/^200 is not an error status \(a success\)/);
    expect(statusNote('302')).toMatch(/a redirect/);
    expect(statusNote('101')).toMatch(/informational/);
  });

  it('says nothing for an error status or an empty field', () => {
    for (const text of ['400', '429', ' 503 ', '']) expect(statusNote(text), text).toBeUndefined();
  });
});
