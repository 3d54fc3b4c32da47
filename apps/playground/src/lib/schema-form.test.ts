import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldForIssue, formFields, formToParams, paramSummary, paramsToForm, sampleParams, validate } from './schema-form';

// A TypeScript numeric enum, as tsc compiles it: { 0: 'Low', 1: 'High', Low: 0, High: 1 }.
enum Level {
  Low,
  High,
}

const schema = z.object({
  id: z.string().min(1),
  count: z.number().int().min(1),
  ratio: z.number().optional(),
  mode: z.enum(['fast', 'safe']),
  tags: z.array(z.string()).optional(),
  sizes: z.array(z.number()),
  flag: z.boolean().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
  anything: z.unknown(),
  where: z.object({ field: z.string(), index: z.number().optional() }),
  email: z.email().optional(),
});

describe('formFields', () => {
  it('walks the zod definition into fields', () => {
    const fields = formFields(schema);
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f]));
    expect(byPath.id).toMatchObject({ kind: 'string', optional: false });
    expect(byPath.count).toMatchObject({ kind: 'number', integer: true });
    expect(byPath.ratio).toMatchObject({ kind: 'number', integer: false, optional: true });
    expect(byPath.mode).toMatchObject({ kind: 'enum', options: ['fast', 'safe'] });
    expect(byPath.tags).toMatchObject({ kind: 'list', item: 'string', optional: true });
    expect(byPath.sizes).toMatchObject({ kind: 'list', item: 'number' });
    expect(byPath.flag).toMatchObject({ kind: 'boolean', optional: true });
    expect(byPath.meta).toMatchObject({ kind: 'json', optional: true });
    expect(byPath.anything).toMatchObject({ kind: 'json' });
    expect(byPath['where.field']).toMatchObject({ kind: 'string' });
    expect(byPath['where.index']).toMatchObject({ kind: 'number', optional: true });
    expect(byPath.email).toMatchObject({ kind: 'string', hint: 'email' });
  });

  it('offers the values zod accepts, for a TypeScript numeric enum too (not its reverse mappings)', () => {
    const level = z.object({ level: z.enum(Level), pick: z.literal(['a', 2]).optional() });
    const fields = formFields(level);
    expect(fields).toEqual([
      { kind: 'enum', path: 'level', label: 'level', optional: false, options: [0, 1] },
      { kind: 'enum', path: 'pick', label: 'pick', optional: true, options: ['a', 2] },
    ]);
    for (const option of [0, 1]) expect(validate(level, formToParams(fields, { level: String(option) })).ok).toBe(true);
  });

  it('reads through nullable, defaults, pipes and shared ($ref) schemas', () => {
    const shared = z.object({ x: z.string() }).meta({ id: 'SharedForFormTest' });
    const fields = formFields(z.object({ a: z.string().nullable(), b: z.int().nullable().optional(), c: z.number().default(3), d: z.string().transform((t) => t.length), e: shared, f: shared.optional() }));
    expect(fields).toEqual([
      { kind: 'string', path: 'a', label: 'a', optional: false },
      { kind: 'number', path: 'b', label: 'b', optional: true, integer: true },
      { kind: 'number', path: 'c', label: 'c', optional: true, integer: false },
      { kind: 'string', path: 'd', label: 'd', optional: false },
      { kind: 'string', path: 'e.x', label: 'e.x', optional: false },
      { kind: 'string', path: 'f.x', label: 'f.x', optional: true },
    ]);
  });

  it('has no fields for a code without params', () => {
    expect(formFields(undefined)).toEqual([]);
  });
});

describe('form <-> params', () => {
  const fields = formFields(schema);

  it('turns text into typed params and back', () => {
    const values = { id: 'x1', count: '3', ratio: '', mode: 'safe', tags: 'a, b', sizes: '1,2', flag: 'true', meta: '{"k":1}', anything: '[1]', 'where.field': 'name', 'where.index': '2', email: '' };
    const params = formToParams(fields, values);
    expect(params).toEqual({ id: 'x1', count: 3, mode: 'safe', tags: ['a', 'b'], sizes: [1, 2], flag: true, meta: { k: 1 }, anything: [1], where: { field: 'name', index: 2 } });
    expect(validate(schema, params)).toMatchObject({ ok: true });
    const back = paramsToForm(fields, params);
    expect(back).toMatchObject({ id: 'x1', count: '3', tags: 'a, b', sizes: '1, 2', 'where.field': 'name', 'where.index': '2', meta: '{"k":1}' });
    expect(formToParams(fields, back)).toEqual(params);
  });

  it("reports zod's own messages, keyed by field", () => {
    const params = formToParams(fields, { id: '', count: 'three', mode: 'slow', sizes: '1, x', 'where.field': 'f' });
    const result = validate(schema, params);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(expect.arrayContaining(['id', 'count', 'mode', 'sizes.1']));
    expect(result.errors.count).toBe('enter a number');
    expect(fieldForIssue(fields, 'sizes.1')).toBe('sizes');
    expect(fieldForIssue(fields, 'where.field')).toBe('where.field');
    expect(result.messages.some((m) => m.startsWith('id:'))).toBe(true);
  });

  it('keeps __proto__ as data', () => {
    const fields2 = formFields(z.object({ ['__proto__']: z.string() }));
    const params = formToParams(fields2, { ['__proto__']: 'x' }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.hasOwn(params, '__proto__')).toBe(true);
  });
});

describe('summaries and samples', () => {
  it('describes types for the table', () => {
    expect(paramSummary(z.object({ tags: z.array(z.string()).optional(), e: z.enum(['a', 'b']), u: z.union([z.string(), z.number()]) }))).toEqual(['tags?: string[]', 'e: "a" | "b"', 'u: string | number']);
    expect(paramSummary(z.object({ a: z.string(), b: z.number().int().optional() }))).toEqual(['a: string', 'b?: integer']);
    expect(paramSummary(z.object({ where: z.object({ field: z.string(), index: z.number().optional() }) }))).toEqual(['where: { field: string; index: number? }']);
    expect(paramSummary(z.record(z.string(), z.unknown()))).toEqual(['record']);
    expect(paramSummary(undefined)).toEqual([]);
  });

  it('samples valid params', () => {
    const sample = sampleParams(schema);
    expect(sample.valid).toBe(true);
    expect(validate(schema, sample.params).ok).toBe(true);
  });
});
