import { describe, expect, it } from 'vitest';
import { tidewater } from '../custom-catalog';
import { nextSort, rowsOf, searchRows, sortRows } from './table';
import { vendors } from '../vendors';

const rows = rowsOf(tidewater);

describe('catalog table', () => {
  it('has one row per code, generated from the catalog', () => {
    expect(rows.map((r) => r.code)).toEqual([...tidewater.codes]);
    const conflict = rows.find((r) => r.code === 'booking_conflict')!;
    expect(conflict).toMatchObject({ status: 409, category: 'ABORTED', retryable: false, strategy: 'refetch' });
    expect(conflict.params).toEqual(['bookingId: string', 'expected: integer', 'actual: integer']);
    expect(rows.find((r) => r.code === 'field_required')!.nested).toBe(true);
  });

  it('searches every column, with status: and category: filters', () => {
    expect(searchRows(rows, 'conflict').map((r) => r.code)).toEqual(['booking_conflict']);
    expect(searchRows(rows, 'status:429').map((r) => r.code)).toEqual(['quota_exceeded']);
    expect(searchRows(rows, 'category:unavail').map((r) => r.code)).toEqual(['port_offline', 'upstream_failed']);
    expect(searchRows(rows, 'retryable').every((r) => r.retryable)).toBe(true);
    expect(searchRows(rows, 'field nested').map((r) => r.code)).toEqual(['field_required', 'field_too_long']);
    expect(searchRows(rows, '  ')).toHaveLength(rows.length);
    expect(searchRows(rows, 'no-such-thing')).toEqual([]);
  });

  it('sorts by any column, stably, both ways', () => {
    const byStatus = sortRows(rows, { key: 'status', dir: 'asc' }).map((r) => r.status);
    expect(byStatus).toEqual([...byStatus].sort((a, b) => a - b));
    const desc = sortRows(rows, { key: 'status', dir: 'desc' }).map((r) => r.status);
    expect(desc).toEqual([...byStatus].reverse());
    // ties keep catalog order
    const four = sortRows(rows, { key: 'status', dir: 'asc' }).filter((r) => r.status === 400).map((r) => r.code);
    expect(four).toEqual(rows.filter((r) => r.status === 400).map((r) => r.code));
    expect(sortRows(rows, { key: 'code', dir: 'asc' })[0]!.code).toBe('booking_conflict');
    expect(nextSort({ key: 'code', dir: 'asc' }, 'code')).toEqual({ key: 'code', dir: 'desc' });
    expect(nextSort({ key: 'code', dir: 'desc' }, 'status')).toEqual({ key: 'status', dir: 'asc' });
  });

  it('builds rows for every vendor', () => {
    for (const v of vendors) {
      const r = rowsOf(v.catalog);
      expect(r.length, v.id).toBe(v.catalog.codes.length);
      expect(r.length, v.id).toBeGreaterThan(0);
    }
  });
});
