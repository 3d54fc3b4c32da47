import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineCatalog } from '../catalog.js';
import { readWith } from '../envelope.js';
import { paramList, toMarkdown } from './markdown.js';

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
