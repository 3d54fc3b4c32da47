import { describe, expect, it } from 'vitest';
import { vendorById, vendors } from '../vendors';
import { detectVendors } from './detect';

describe('detectVendors', () => {
  it('finds the vendor of each vendor example body, with its code', () => {
    for (const v of vendors) {
      const code = v.catalog.codes.find((c) => !v.catalog.get(c)!.nested && !v.catalog.get(c)!.schema)
        ?? v.catalog.codes.find((c) => !v.catalog.get(c)!.nested)!;
      let error;
      try {
        error = v.catalog.create(code, {});
      } catch {
        continue;
      }
      const { status, body } = v.catalog.encode(error);
      const found = detectVendors(vendors, JSON.stringify(body), String(status), '');
      expect(found.find((f) => f.id === v.id), v.id).toEqual({ id: v.id, code, known: true });
    }
  });

  it('finds nobody for HTML or a JSON array', () => {
    expect(detectVendors(vendors, '<html></html>', '502', '')).toEqual([]);
    expect(detectVendors(vendors, '[1, 2]', '400', '')).toEqual([]);
  });

  it('does not claim a Connect body for OMNIA', () => {
    const connect = vendorById('connect').catalog;
    const { status, body } = connect.encode(connect.create('ResourceNotFound', {}));
    const ids = detectVendors(vendors, JSON.stringify(body), String(status), '').map((f) => f.id);
    expect(ids).toContain('connect');
    expect(ids).not.toContain('omnia');
  });
});
