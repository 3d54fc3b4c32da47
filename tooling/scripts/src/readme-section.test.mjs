import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod/mini';
import { codesTable, END, paramList, START, withTable } from './codes-table.mjs';

const info = {
  code: 'Gone',
  status: 410,
  category: 'NOT_FOUND',
  retry: { strategy: 'fix' },
  retryable: false,
  message: 'Gone: {id} | {kind}',
  nested: false,
  schema: z.object({ id: z.string(), kind: z.optional(z.enum(['a', 'b'])), n: z.number().check(z.int()) }),
};
const catalog = { vendor: 'v', codes: ['Gone'], get: () => info };

test('lists params with types and optional markers', () => {
  assert.deepEqual(paramList(info), ['id: string', 'kind?: "a" \\| "b"', 'n: integer']);
});

test('lists record params and bare integers', () => {
  assert.deepEqual(paramList({ schema: z.record(z.string(), z.unknown()) }), ['[key: string]: unknown']);
  assert.deepEqual(paramList({ schema: z.object({ n: z.int() }) }), ['n: integer']);
});

test("lists an enum's values as zod accepts them: a TypeScript numeric enum without its reverse mappings", () => {
  const Level = { 0: 'Low', 1: 'High', Low: 0, High: 1 }; // as tsc compiles `enum Level { Low, High }`
  assert.deepEqual(paramList({ schema: z.object({ level: z.enum(Level), at: z.prefault(z.string(), 'now') }) }), ['level: 0 \\| 1', 'at?: string']);
});

test('writes one escaped row per code', () => {
  const table = codesTable(catalog);
  assert.match(table, /^1 codes/);
  assert.ok(table.includes('| `Gone` | 410 | NOT_FOUND | fix | Gone: {id} \\| {kind} |'));
});

test('notes a nested code, and the source the docs table gives a code', () => {
  const nested = { ...info, nested: true };
  const two = { vendor: 'v', codes: ['Gone', 'Other'], get: (code) => (code === 'Gone' ? nested : { ...info, code }) };
  const rows = codesTable(two, { Gone: { source: 'a newer page' }, Other: { description: 'no source' } }).split('\n');
  assert.ok(rows.find((r) => r.startsWith('| `Gone` '))?.endsWith('| nested only; source: a newer page |'));
  assert.ok(rows.find((r) => r.startsWith('| `Other` '))?.endsWith('|  |'));
  // A key of Object.prototype is no code's docs.
  assert.ok(codesTable({ ...two, codes: ['toString'] }, {}).endsWith('|  |'));
});

test('replaces only the marked section and requires the markers', () => {
  const readme = `# x\n${START}\nold\n${END}\nafter\n`;
  const next = withTable(readme, 'TABLE');
  assert.equal(next, `# x\n${START}\nTABLE\n${END}\nafter\n`);
  assert.throws(() => withTable('# no markers', 'TABLE'), /markers/);
});
