import { describeWithDocs, hasVendorDoc, hasVendorDocs, readVendorDoc } from '@errs/testkit';
import { expect, it } from 'vitest';
import { docs } from './docs.js';
import { catalog, legacyDetailCodes } from './index.js';

// The vendor doc is the specification: read it, not a copy of it.
const doc = hasVendorDocs ? readVendorDoc('ayanova.md') : '';

interface Documented {
  readonly code: string;
  readonly status: number | undefined;
  readonly message: string;
}

/** Rows of the CODE MEANING table: "2003 Authentication failed (HTTP STATUS 401), bad login ...". */
function documented(text: string): Documented[] {
  const rows: Documented[] = [];
  for (const line of text.split(/\r?\n/)) {
    const row = /^(\d{4})\s+(.+?)\s*$/.exec(line);
    if (!row) continue;
    const meaning = row[2]!;
    const status = /\(HTTP STATUS (\d{3})\)/i.exec(meaning);
    rows.push({
      code: row[1]!,
      status: status ? Number(status[1]) : undefined,
      message: meaning.replace(/\s*\(HTTP STATUS \d{3}\)/i, ''),
    });
  }
  return rows;
}

const rows = documented(doc);
const range = /numbers between (\d+) and (\d+)/.exec(doc);

describeWithDocs('ayanova: conformance with vendor-docs/ayanova.md', () => {
  it('finds every row of the doc (24 codes, 3 of them with a status)', () => {
    expect(rows).toHaveLength(24);
    expect(rows.filter((r) => r.status !== undefined).map((r) => [r.code, r.status])).toEqual([
      ['2002', 503],
      ['2003', 401],
      ['2004', 403],
    ]);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it.each(rows.map((r) => [r.code, r] as const))('has %s with its documented message and status', (code, row) => {
    const info = catalog.get(code);
    expect(info, `code ${code} is missing from the catalog`).toBeDefined();
    expect(info!.message).toBe(row.message);
    if (row.status !== undefined) expect(info!.status).toBe(row.status);
  });

  it('has no code the doc lacks, unless it names its source', () => {
    const inDoc = new Set(rows.map((r) => r.code));
    for (const code of catalog.codes) {
      if (!inDoc.has(code)) expect(docs[code]?.source, `${code} is not in the doc`).toBeTypeOf('string');
    }
  });

  it('keeps every code within the documented range', () => {
    expect(range).not.toBeNull();
    const [min, max] = [Number(range![1]), Number(range![2])];
    expect([min, max]).toEqual([2000, 3000]);
    for (const code of catalog.codes) {
      expect(Number(code)).toBeGreaterThanOrEqual(min);
      expect(Number(code)).toBeLessThanOrEqual(max);
    }
  });

  it('marks the field-level codes 2201-2212 as nested only, and no other', () => {
    for (const row of rows) {
      const n = Number(row.code);
      expect(catalog.get(row.code)!.nested, row.code).toBe(n >= 2201 && n <= 2212);
    }
  });
});

const currentFile = 'current/ayanova-response-format.md';
const current = hasVendorDoc(currentFile) ? readVendorDoc(currentFile) : '';

describeWithDocs('ayanova: conformance with vendor-docs/current/ayanova-response-format.md', () => {
  it('reads the seven old validation names of the recovered page (D/E) as numeric codes', () => {
    expect(current).not.toBe('');
    const table = current.slice(current.indexOf('## D/E.'), current.indexOf('Source E'));
    const names = [...table.matchAll(/^\| ([A-Z][A-Za-z]+) \| /gm)].map((m) => m[1]!).filter((n) => n !== 'CODE');
    expect(names).toHaveLength(7);
    expect(Object.keys(legacyDetailCodes).sort()).toEqual([...names].sort());
    for (const code of Object.values(legacyDetailCodes)) expect(catalog.get(code), code).toBeDefined();
  });

  it('follows the inferred correspondence of the page where it names one code', () => {
    const table = current.slice(current.indexOf('*Inferred correspondence*'), current.indexOf('## F/G/H.'));
    for (const m of table.matchAll(/^\| ([A-Z][A-Za-z]+) \| (\d{4}) /gm)) expect(legacyDetailCodes[m[1]!], m[1]).toBe(m[2]);
  });

  it('adds no status beyond the three the code table gives', () => {
    expect(current).toContain('(2002 → 503, 2003 → 401, 2004 → 403)');
    expect(['2002', '2003', '2004'].map((c) => catalog.get(c)!.status)).toEqual([503, 401, 403]);
  });
});
