// The vendor doc is the spec: every code it documents must be in the catalog with its status and message.
import { describeWithDocs, hasVendorDocs, readVendorDoc } from '@errs/testkit';
import { describe, expect, it } from 'vitest';
import { docs } from './docs.js';
import { catalog } from './index.js';
import type { Code } from './index.js';

interface DocRow {
  readonly code: string;
  /** Undefined for the rows of "Validation Failed - Errors", which give no status. */
  readonly status: number | undefined;
  readonly message: string;
  readonly nested: boolean;
}

/** Rows of the doc's two tables: the error table (code, status, message) and the nested one (code, message). */
function docRows(file: string): DocRow[] {
  const text = readVendorDoc(file);
  const rows: DocRow[] = [];
  let nested = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^#+\s*Validation Failed - Errors/i.test(line)) nested = true;
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const code = cells[0]!;
    if (!/^[A-Z][A-Za-z]+$/.test(code) || code === 'Error') continue; // header and separator rows
    if (nested) {
      expect(cells, line).toHaveLength(2);
      rows.push({ code, status: undefined, message: cells[1]!, nested });
    } else {
      expect(cells, line).toHaveLength(3);
      rows.push({ code, status: Number(cells[1]), message: cells[2]!, nested });
    }
  }
  return rows;
}

/** `definedLength` -> `defined length`: how the doc names a parameter in its messages, "(defined length)". */
const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** The catalog's message as the doc writes it: placeholders as "(words)", the description appended when the doc has one. */
function docForms(code: string): string[] {
  const info = catalog.get(code)!;
  const message = info.message.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => `(${words(name)})`);
  const description = docs[code as Code]?.description;
  return description === undefined ? [message] : [message, `${message} ${description}`];
}

const main = hasVendorDocs ? docRows('omnia.md') : [];
const current = hasVendorDocs ? docRows('current/omnia.md') : [];
const mainCodes = new Set(main.map((r) => r.code));

describeWithDocs('omnia: conformance with the vendor docs', () => {
  it('finds every row of both tables in both docs', () => {
    expect(main.filter((r) => !r.nested)).toHaveLength(12);
    expect(main.filter((r) => r.nested)).toHaveLength(13);
    expect(current.filter((r) => !r.nested)).toHaveLength(16);
    expect(current.filter((r) => r.nested)).toHaveLength(22);
  });

  it('the current page keeps every row of the main doc, unchanged', () => {
    for (const row of main) expect(current).toContainEqual(row);
  });

  describe.each([
    ['omnia.md', main],
    ['current/omnia.md', current],
  ] as const)('%s', (_file, rows) => {
    it.each(rows.map((r) => [r.code, r] as const))('%s is in the catalog with its status and message', (code, row) => {
      const info = catalog.get(code);
      expect(info, code).toBeDefined();
      expect(info!.nested).toBe(row.nested);
      // Nested codes come inside ValidationFailed, so they carry its status.
      expect(info!.status).toBe(row.status ?? catalog.get('ValidationFailed').status);
      expect(docForms(code)).toContain(row.message);
    });
  });

  it('has exactly the documented codes, marking those beyond the main doc with their source', () => {
    expect([...catalog.codes].sort()).toEqual(current.map((r) => r.code).sort());
    for (const code of catalog.codes) {
      const source = docs[code]?.source;
      if (mainCodes.has(code)) expect(source, code).toBeUndefined();
      else expect(source, code).toMatch(/OMNIALowCode\/omniadocs/);
    }
  });

  it('gives the doc-named parameter of TextMaxLengthMismatch a typed param', () => {
    const info = catalog.get('TextMaxLengthMismatch');
    expect(info.placeholders).toEqual(['definedLength']);
    const e = catalog.create('ValidationFailed', {}, { details: [{ code: 'TextMaxLengthMismatch', params: { definedLength: 50 }, path: 'name' }] });
    expect(e.details[0]!.message).toBe('Value is too long to the defined length of 50.');
  });

  it('follows the issue on retry advice', () => {
    expect(catalog.get('EntityHasBeenChanged').retry.strategy).toBe('refetch');
    expect(catalog.get('ConnectorNotFound').retryable).toBe(true);
    expect(catalog.get('ConnectorTimeout').retryable).toBe(true);
    for (const code of catalog.codes) {
      const info = catalog.get(code);
      if (info.status < 500 && code !== 'ErrorSendingEmail') expect(info.retryable, code).toBe(false);
    }
  });
});
