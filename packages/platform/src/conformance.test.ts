// The vendor doc is the specification: every error type it lists must be in the catalog with the
// documented status and message. Reads the doc itself, so a type dropped from the catalog fails here.
import { describeWithDocs, hasVendorDoc, readVendorDoc } from '@errs/testkit';
import { expect, it } from 'vitest';
import { docs as codeDocs } from './docs.js';
import { catalog, errors } from './index.js';
import type { Code } from './index.js';

interface DocRow {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly status: number;
}

/** The rows of the doc's "Error Type | Description | Status Code" table. */
function docRows(text: string): DocRow[] {
  const rows: DocRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Z][A-Za-z ]*?) \| (.+?) \| (\d{3}) \|\s*$/.exec(line);
    if (!m) continue;
    rows.push({ name: m[1]!, type: m[1]!.replace(/ /g, ''), description: m[2]!, status: Number(m[3]) });
  }
  return rows;
}

const docs = ['platform.md', 'current/platform.md'].filter(hasVendorDoc);
const main = docs[0] === undefined ? [] : docRows(readVendorDoc(docs[0]));
const rows = docs.flatMap((file) => docRows(readVendorDoc(file)));
const documented = new Map(rows.map((r) => [r.type, r]));

describeWithDocs('platform: conformance with the vendor doc', () => {
  it('finds the 24 error types of the reference table', () => {
    expect(docs[0]).toBe('platform.md');
    expect(main).toHaveLength(24);
    expect(new Set(main.map((r) => r.type)).size).toBe(24);
    expect(main.map((r) => r.type)).toContain('PayloadTooLarge');
    expect(main.map((r) => r.type)).toContain('InvalidJsonSchema');
  });

  it.each([...documented.values()].map((r) => [r.type, r] as const))('has %s with the documented status and message', (type, row) => {
    const info = catalog.get(type);
    expect(info, `${row.name} is missing from the catalog`).toBeDefined();
    expect(info!.status).toBe(row.status);
    expect(info!.message).toBe(row.description);
    expect(info!.nested).toBe(false);
    expect(codeDocs[type as Code]?.source).toBeUndefined();
  });

  it('has nothing beyond the doc except the two types of @botpress/client, each with its source', () => {
    const extra = catalog.codes.filter((code) => !documented.has(code));
    expect(extra.sort()).toEqual(['OperationTimeout', 'ResourceGone']);
    for (const code of extra) expect(codeDocs[code]?.source).toMatch(/@botpress\/client/);
    expect(errors.ResourceGone.status).toBe(410);
    expect(errors.OperationTimeout.status).toBe(504);
    expect(catalog.codes).toHaveLength(documented.size + 2);
  });

  it('derives each type from the doc name without spaces', () => {
    expect(rows.find((r) => r.name === 'Payload Too Large')?.type).toBe('PayloadTooLarge');
    expect(rows.find((r) => r.name === 'Invalid Json Schema')?.type).toBe('InvalidJsonSchema');
    expect(rows.find((r) => r.name === 'Resource Locked Conflict')?.type).toBe('ResourceLockedConflict');
  });
});

/** Rows of current/platform.md's tables: the docs table (`| **Name** | description | status |`) and the client's 26 types. */
function currentRows(text: string) {
  const docs = [...text.matchAll(/^\| \*\*([A-Za-z ]+)\*\* +\| (.+?) +\| (\d{3}) +\|$/gm)].map((m) => ({
    type: m[1]!.replace(/ /g, '').replace('JSON', 'Json'),
    description: m[2]!,
    status: Number(m[3]),
  }));
  const client = [...text.matchAll(/^\| ([A-Z][A-Za-z]+) \| ([A-Z][A-Za-z]+Error) \| (\d{3}) \| (.+?) \| (yes|\*\*no[^|]*) \|$/gm)].map((m) => ({
    type: m[1]!,
    status: Number(m[3]),
    description: m[4]!,
    inDocs: m[5] === 'yes',
  }));
  return { docs, client };
}

describeWithDocs('platform: conformance with vendor-docs/current/platform.md', () => {
  const { docs: table, client } = currentRows(hasVendorDoc('current/platform.md') ? readVendorDoc('current/platform.md') : '');

  it('finds the 24 types of the current page and the 26 of @botpress/client 1.45.0', () => {
    expect(table).toHaveLength(24);
    expect(client).toHaveLength(26);
    expect(client.filter((r) => !r.inDocs).map((r) => r.type)).toEqual(['ResourceGone', 'OperationTimeout']);
  });

  it.each(table.map((r) => [r.type, r] as const))('has %s with the status of the current page (wording: README)', (type, row) => {
    expect(catalog.get(type)?.status, type).toBe(row.status);
  });

  it.each(client.map((r) => [r.type, r] as const))('has the client type %s with its status', (type, row) => {
    const info = catalog.get(type);
    expect(info, type).toBeDefined();
    expect(info!.status).toBe(row.status);
    // The two types beyond the docs take the client's description as their message.
    if (!row.inDocs) expect(info!.message).toBe(row.description);
  });
});
