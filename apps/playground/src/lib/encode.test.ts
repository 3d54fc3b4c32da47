import { describe, expect, it } from 'vitest';
import { tidewater } from '../custom-catalog';
import { vendors } from '../vendors';
import { anyCatalog } from './catalog-types';
import { encodableCodes, encodeForm } from './encode';
import { sampleParams } from './schema-form';

const catalog = anyCatalog(tidewater);

describe('encoder', () => {
  it('encodes a valid form into the exact wire body, status, headers and curl line', () => {
    const result = encodeForm(catalog, 'sailing_closed', { sailing: 'SKY-1234', cabin: 'deck', closedAt: '' }, 'http://127.0.0.1:5173', 'r-1');
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
    expect(result.errors.cabin).toMatch(/expected one of/i);
    const numbers = encodeForm(catalog, 'quota_exceeded', { limit: 'ten', windowSeconds: '-1' }, 'http://x');
    expect(numbers.ok).toBe(false);
    if (!numbers.ok) expect(Object.keys(numbers.errors).sort()).toEqual(['limit', 'windowSeconds']);
  });

  it('never offers nested codes', () => {
    expect(encodableCodes(catalog)).not.toContain('field_required');
  });

  it('encodes every top-level code of every vendor from sampled params (where the sampler fits)', () => {
    for (const v of vendors) {
      let encoded = 0;
      for (const code of encodableCodes(v.catalog)) {
        const sample = sampleParams(v.catalog.get(code)!.params);
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
