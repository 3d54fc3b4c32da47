import { describe, expect, it } from 'vitest';
import { tidewater } from '../custom-catalog';
import { vendors } from '../vendors';
import { encodableCodes, encodeForm, exampleDetailParams, exampleValues } from './encode';
import { sampleParams } from './schema-form';

const catalog = tidewater;

describe('encoder', () => {
  it('encodes a valid form into the exact wire body, status, headers and curl line', () => {
    const result = encodeForm(catalog, 'sailing_closed', { sailing: 'SKY-1234', cabin: 'deck', closedAt: '' }, 'http://127.0.0.1:5173', { requestId: 'r-1' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.encoded.status).toBe(422);
    expect(result.encoded.headers['content-type']).toBe('application/json');
    expect(result.encoded.body).toEqual({
      fault: { id: 'sailing_closed', reason: 'Sailing SKY-1234 closed for booking.', data: { sailing: 'SKY-1234', cabin: 'deck' } },
      traceId: 'r-1',
    });
    expect(JSON.parse(result.wire)).toEqual(result.encoded.body);
    expect(result.curl).toContain('/mock/tidewater/encode');
    expect(result.curl).toContain(`"code":"sailing_closed"`);
  });

  it("shows zod's messages for each invalid field", () => {
    const result = encodeForm(catalog, 'sailing_closed', { sailing: 'nope', cabin: 'hold' }, 'http://x');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.sailing).toBe('a sailing looks like ABC-1234');
    expect(result.errors.cabin).toMatch(/^choose one of "economy", "deck"/);
    const numbers = encodeForm(catalog, 'quota_exceeded', { limit: 'ten', windowSeconds: '-1' }, 'http://x');
    expect(numbers.ok).toBe(false);
    if (!numbers.ok) expect(Object.keys(numbers.errors).sort()).toEqual(['limit', 'windowSeconds']);
  });

  it('takes numbers in decimal digits only, and says so in plain words', () => {
    for (const text of ['0x10', '1e3', '12abc', '1.5']) {
      const result = encodeForm(catalog, 'quota_exceeded', { limit: text, windowSeconds: '60' }, 'http://x');
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.errors.limit, text).toMatch(/whole number/);
    }
    const empty = encodeForm(catalog, 'quota_exceeded', { limit: '', windowSeconds: '60' }, 'http://x');
    expect(!empty.ok && empty.messages).toEqual(['limit: required']);
    const ok = encodeForm(catalog, 'quota_exceeded', { limit: '10', windowSeconds: '60' }, 'http://x');
    expect(ok.ok && ok.params).toEqual({ limit: 10, windowSeconds: 60 });
  });

  it('refuses JSON that does not parse instead of sending it as a string', () => {
    const platform = vendors.find((v) => v.id === 'platform')!.catalog;
    const result = encodeForm(platform, 'Forbidden', { '': '{not json' }, 'http://x');
    expect(!result.ok && result.errors['']).toMatch(/^not valid JSON/);
  });

  it('pins an id the vendor generates, so the curl line asks for the same body', () => {
    const platform = vendors.find((v) => v.id === 'platform')!.catalog;
    const result = encodeForm(platform, 'Forbidden', { '': '{}' }, 'http://x');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const id = (result.encoded.body as { id: string }).id;
    expect(id).toMatch(/^err_/);
    expect(result.curl).toContain(`"requestId":"${id}"`);
  });

  it('sends status, Retry-After and details, and checks each', () => {
    const result = encodeForm(catalog, 'quota_exceeded', { limit: '10', windowSeconds: '60' }, 'http://x', {
      status: '503',
      retryAfter: '30',
      requestId: 'r-2',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.encoded.status).toBe(503);
      expect(result.encoded.headers['retry-after']).toBe('30');
    }
    const bad = encodeForm(catalog, 'quota_exceeded', { limit: '10', windowSeconds: '60' }, 'http://x', { status: '200', retryAfter: 'soon' });
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['retryAfter', 'status']);
    const nested = catalog.codes.filter((c) => catalog.get(c).nested);
    const withDetail = encodeForm(catalog, 'invalid_booking', exampleValues(catalog, 'invalid_booking'), 'http://x', {
      details: [{ code: nested[0]!, path: 'passenger.name', params: exampleDetailParams(catalog, nested[0]!) }],
    });
    expect(withDetail.ok).toBe(true);
    if (withDetail.ok) {
      const back = catalog.safeParse(withDetail.wire, { status: withDetail.encoded.status });
      expect(back.success && back.data.details.map((d) => [d.code, d.path])).toEqual([[nested[0], 'passenger.name']]);
    }
    const badDetail = encodeForm(catalog, 'invalid_booking', exampleValues(catalog, 'invalid_booking'), 'http://x', { details: [{ code: nested[0]!, path: '', params: '{oops' }] });
    expect(!badDetail.ok && badDetail.errors['detail-0']).toMatch(/not valid JSON/);
  });

  it('never offers nested codes', () => {
    expect(encodableCodes(catalog)).not.toContain('field_required');
  });

  it('encodes every top-level code of every vendor from sampled params (where the sampler fits)', () => {
    for (const v of vendors) {
      let encoded = 0;
      for (const code of encodableCodes(v.catalog)) {
        const sample = sampleParams(v.catalog.get(code)!.schema);
        if (!sample.valid) continue;
        const result = encodeForm(v.catalog, code, sample.values, 'http://x');
        expect(result.ok, `${v.id} ${code}`).toBe(true);
        if (result.ok) {
          const back = v.catalog.safeParse(result.wire, { status: result.encoded.status, headers: result.encoded.headers });
          expect(back.success && back.data.code, `${v.id} ${code}`).toBe(code);
          encoded++;
        }
      }
      expect(encoded, v.id).toBeGreaterThan(0);
    }
  });
});
