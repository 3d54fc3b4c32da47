import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineCatalog } from '../catalog.js';
import { readWith } from '../envelope.js';
import { paramList, toMarkdown, typeName } from './markdown.js';

const body = z.object({ code: z.string(), message: z.string() });
const shop = defineCatalog({
  vendor: 'shop',
  envelope: {
    schema: body,
    read: (input) => readWith(body, input, ({ code, message }) => ({ code, message })),
    write: (e) => ({ body: { code: e.code, message: e.message } }),
  },
  errors: {
    gone: { status: 410, message: 'Gone: {id} | {kind}', schema: z.object({ id: z.string(), kind: z.optional(z.enum(['a', 'b'])), n: z.int() }), category: 'NOT_FOUND' },
    busy: { status: 503, message: 'Busy.\nTry later.', category: 'UNAVAILABLE' },
    required: { status: 400, message: 'Required.', category: 'INVALID_ARGUMENT', nested: true },
  },
});

describe('toMarkdown', () => {
  it('lists params with their types and optional markers', () => {
    expect(paramList(shop.get('gone'))).toEqual(['id: string', 'kind?: "a" \\| "b"', 'n: integer']);
    expect(paramList({ schema: z.record(z.string(), z.unknown()) })).toEqual(['[key: string]: unknown']);
    expect(paramList(shop.get('busy'))).toEqual([]);
  });

  it("lists an enum's values as zod accepts them: a TypeScript numeric enum without its reverse mappings", () => {
    const Level = { 0: 'Low', 1: 'High', Low: 0, High: 1 } as const; // as tsc compiles `enum Level { Low, High }`
    expect(paramList({ schema: z.object({ level: z.enum(Level), at: z.prefault(z.string(), 'now') }) })).toEqual(['level: 0 \\| 1', 'at?: string']);
  });

  it('writes a header and one escaped row per code, in the catalog order', () => {
    const lines = toMarkdown(shop).split('\n');
    expect(lines.slice(0, 2)).toEqual(['| Code | Status | Category | Retry | Message | Params | Notes |', '|---|---|---|---|---|---|---|']);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toBe('| `gone` | 410 | NOT_FOUND | fix | Gone: {id} \\| {kind} | `id: string`, `kind?: "a" \\| "b"`, `n: integer` |  |');
    expect(lines[3]).toBe('| `busy` | 503 | UNAVAILABLE | backoff (retryable) | Busy. Try later. |  |  |');
    expect(lines[4]).toBe('| `required` | 400 | INVALID_ARGUMENT | fix | Required. |  | nested only |');
  });

  it('notes the source the docs give a code, and lists only the codes asked for', () => {
    const table = toMarkdown(shop, { docs: { busy: { source: 'a newer page' }, gone: { description: 'no source' } }, codes: ['busy', 'gone'] });
    const rows = table.split('\n').slice(2);
    expect(rows[0]).toMatch(/^\| `busy` .*\| source: a newer page \|$/);
    expect(rows[1]).toMatch(/^\| `gone` .*\| {2}\|$/);
    expect(rows).toHaveLength(2);
  });

  it('names a code it is asked for that the catalog lacks', () => {
    // @ts-expect-error not a code of shop
    expect(() => toMarkdown(shop, { codes: ['gone', 'teapot'] })).toThrow('shop has no code "teapot" (codes option)');
  });
});

describe('typeName and paramList, each kind', () => {
  it('names arrays, unions, literals, numbers, records, pipes and what it has no word for', () => {
    const schema = z.object({
      tags: z.array(z.string()),
      id: z.union([z.string(), z.number()]),
      kind: z.literal('sku'),
      on: z.boolean(),
      length: z.pipe(z.string(), z.transform((s) => s.length)),
      count: z.pipe(z.unknown(), z.number()),
      ratio: z.number(),
      n: z.int(),
      counts: z.record(z.string(), z.int()),
    });
    expect(paramList({ schema })).toEqual([
      'tags: string[]',
      'id: string \\| number',
      'kind: "sku"',
      'on: boolean',
      'length: string',
      'count: number',
      'ratio: number',
      'n: integer',
      'counts: { [key: string]: integer }',
    ]);
    expect(typeName(undefined)).toBe('unknown');
    expect(paramList({ schema: z.string() })).toEqual([]);
    expect(paramList({ schema: undefined })).toEqual([]);
  });
});

describe('toMarkdown cells', () => {
  it('escapes a pipe once, even one escaped already, and joins CRLF lines', () => {
    const odd = defineCatalog({
      vendor: 'odd',
      envelope: shop.envelope,
      errors: {
        piped: { status: 400, message: 'a \\| b | c', category: 'INVALID_ARGUMENT' },
        crlf: { status: 400, message: 'Line one.\r\nLine two.', category: 'INVALID_ARGUMENT' },
      },
    });
    const rows = toMarkdown(odd).split('\n').slice(2);
    expect(rows[0]).toBe('| `piped` | 400 | INVALID_ARGUMENT | fix | a \\| b \\| c |  |  |');
    expect(rows[1]).toBe('| `crlf` | 400 | INVALID_ARGUMENT | fix | Line one. Line two. |  |  |');
  });

  it('notes both nested and a source, and names every code the catalog lacks', () => {
    const table = toMarkdown(shop, { docs: { required: { source: 'the v2 page' } }, codes: ['required'] });
    expect(table.split('\n')[2]).toBe('| `required` | 400 | INVALID_ARGUMENT | fix | Required. |  | nested only; source: the v2 page |');
    // @ts-expect-error not codes of shop
    expect(() => toMarkdown(shop, { codes: ['teapot', 'kettle'] })).toThrow('shop has no code "teapot", "kettle" (codes option)');
  });
});

describe('toMarkdown with docs that have no source', () => {
  it('notes nothing for a code whose docs entry is empty or missing', () => {
    const rows = toMarkdown(shop, { docs: { gone: undefined, busy: {} }, codes: ['gone', 'busy'] }).split('\n').slice(2);
    expect(rows[0]).toMatch(/\| {2}\|$/);
    expect(rows[1]).toBe('| `busy` | 503 | UNAVAILABLE | backoff (retryable) | Busy. Try later. |  |  |');
  });
});
