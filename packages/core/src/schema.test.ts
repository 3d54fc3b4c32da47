import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import * as z4 from 'zod/v4/core';
import { describeSchema, hasDefault, isOptional, shapeOf } from './schema.js';

const accepts = (schema: z4.$ZodType, value: unknown) => z4.safeParse(schema, value).success;

describe('describeSchema', () => {
  it('gives each kind its parts, in zod classic and zod/mini', () => {
    const inner = z.string();
    expect(describeSchema(z.string().min(2).max(5))).toMatchObject({ kind: 'string', format: undefined, checks: [{ check: 'min_length', minimum: 2 }, { check: 'max_length', maximum: 5 }] });
    expect(describeSchema(zm.string().check(zm.length(3)))).toMatchObject({ kind: 'string', checks: [{ check: 'length_equals', length: 3 }] });
    expect(describeSchema(zm.number().check(zm.gt(0), zm.maximum(9)))).toMatchObject({ kind: 'number', checks: [{ check: 'greater_than', value: 0, inclusive: false }, { check: 'less_than', value: 9, inclusive: true }] });
    for (const kind of ['optional', 'nullable', 'readonly'] as const) expect(describeSchema(inner[kind]())).toEqual({ kind, checks: [], inner });
    expect(describeSchema(inner.default('x'))).toMatchObject({ kind: 'default', inner });
    expect(describeSchema(zm.array(inner))).toEqual({ kind: 'array', checks: [], element: inner });
    expect(describeSchema(z.union([inner, z.number()]))).toMatchObject({ kind: 'union', options: [inner, expect.anything()] });
    const key = zm.string();
    expect(describeSchema(zm.record(key, inner))).toEqual({ kind: 'record', checks: [], key, value: inner });
    const out = z.string();
    expect(describeSchema(inner.pipe(out))).toEqual({ kind: 'pipe', checks: [], in: inner, out });
    expect(describeSchema(z.date())).toEqual({ kind: 'date', checks: [] });
    expect(describeSchema(zm.object({ a: inner }))).toMatchObject({ kind: 'object', shape: { a: inner } });
  });

  it('reads a format as the schema carries it or as a check adds it', () => {
    expect(describeSchema(z.email())).toMatchObject({ kind: 'string', format: 'email' });
    expect(describeSchema(z.string().check(z.email()))).toMatchObject({ kind: 'string', format: 'email' });
    expect(describeSchema(zm.string().check(zm.regex(/^a/)))).toMatchObject({ kind: 'string', format: 'regex' });
    expect(describeSchema(z.int())).toMatchObject({ kind: 'number', format: 'safeint' });
  });

  it('reports an integer number exactly when zod rejects fractions', () => {
    const schemas = [z.number(), z.int(), z.number().int(), zm.number().check(zm.int()), z.int32(), zm.uint32(), z.number().check(z.int32()), z.float32(), z.float64(), z.number().min(-5).max(5)];
    for (const schema of schemas) {
      const d = describeSchema(schema);
      expect(d.kind).toBe('number');
      expect(d.kind === 'number' && d.integer).toBe(!accepts(schema, 1.5));
    }
  });

  // A TypeScript enum as tsc compiles it: a numeric member maps back from its value to its name.
  const tsEnum = fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,5}$/), fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -3, max: 9 }))), { minLength: 1, maxLength: 6, selector: ([name]) => name })
    .map((members) => {
      const entries: Record<string, string | number> = {};
      for (const [name, value] of members) {
        entries[name] = value;
        if (typeof value === 'number') entries[value] = name;
      }
      return entries;
    });

  it("gives an enum's values as exactly those zod accepts, for TypeScript enums too", () => {
    fc.assert(
      fc.property(tsEnum, fc.boolean(), fc.array(fc.anything(), { maxLength: 5 }), (entries, mini, others) => {
        const schema = mini ? zm.enum(entries) : z.enum(entries);
        const d = describeSchema(schema);
        if (d.kind !== 'enum') throw new Error(`kind ${d.kind}`);
        for (const value of d.values) expect(accepts(schema, value)).toBe(true);
        for (const candidate of [...Object.keys(entries), ...Object.values(entries), ...others]) {
          expect(d.values.includes(candidate as z4.util.Primitive)).toBe(accepts(schema, candidate));
        }
      }),
    );
  });

  it("gives a literal's values as exactly those zod accepts", () => {
    const primitive = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt({ min: -3n, max: 3n }));
    fc.assert(
      fc.property(fc.uniqueArray(primitive, { minLength: 1, maxLength: 4 }), fc.array(primitive, { maxLength: 6 }), (values, candidates) => {
        const schema = z.literal(values);
        const d = describeSchema(schema);
        if (d.kind !== 'literal') throw new Error(`kind ${d.kind}`);
        for (const candidate of [...values, ...candidates]) expect(d.values.includes(candidate)).toBe(accepts(schema, candidate));
      }),
    );
  });

  it('says what an object does with keys it does not declare, as zod does', () => {
    const shape = { a: z.string() };
    const objects = [
      ['strip', z.object(shape)],
      ['strip', zm.object(shape)],
      ['keep', z.looseObject(shape)],
      ['keep', zm.looseObject(shape)],
      ['keep', z.object(shape).catchall(z.any())],
      ['check', z.strictObject(shape)],
      ['check', z.object(shape).catchall(z.number())],
    ] as const;
    for (const [extraKeys, schema] of objects) {
      expect(describeSchema(schema)).toMatchObject({ kind: 'object', shape, extraKeys });
      fc.assert(
        fc.property(fc.anything(), (extra) => {
          const result = z4.safeParse(schema, { a: 'x', extra });
          if (extraKeys === 'strip') expect(result.success && !Object.hasOwn(result.data as object, 'extra')).toBe(true);
          if (extraKeys === 'keep') expect(result.success && Object.is((result.data as Record<string, unknown>).extra, extra)).toBe(true);
        }),
        { numRuns: 30 },
      );
    }
    // A checked extra key passes only as its catchall allows.
    expect(accepts(z.strictObject(shape), { a: 'x', extra: 1 })).toBe(false);
    expect(accepts(z.object(shape).catchall(z.number()), { a: 'x', extra: 1 })).toBe(true);
    expect(accepts(z.object(shape).catchall(z.number()), { a: 'x', extra: 'one' })).toBe(false);
  });
});

describe('shapeOf', () => {
  it("gives an object's declared fields, and nothing for other kinds", () => {
    const fields = { a: z.string(), b: zm.optional(zm.number()) };
    expect(shapeOf(z.object(fields))).toEqual(fields);
    expect(shapeOf(zm.looseObject(fields))).toEqual(fields);
    expect(shapeOf(z.record(z.string(), z.string()))).toBeUndefined();
    expect(shapeOf(z.object(fields).optional())).toBeUndefined();
    expect(shapeOf(undefined)).toBeUndefined();
  });
});

// Schemas made of wrappers around a leaf, each wrapper given a value the leaf accepts.
interface Built {
  readonly schema: z4.$ZodType;
  readonly catches: boolean;
  readonly pipes: boolean;
}
const leaves = [
  [z.string(), 's'],
  [zm.number(), 1],
  [z.unknown(), 'u'],
  [z.null(), null],
  [zm.string().check(zm.minLength(2)), 'xy'],
] as const;
const wrappers = ['optional', 'nullable', 'readonly', 'nonoptional', 'default', 'prefault', 'catch', 'pipe-in', 'pipe-out'] as const;
const built: fc.Arbitrary<Built> = fc
  .tuple(fc.constantFrom(...leaves), fc.array(fc.constantFrom(...wrappers), { maxLength: 4 }))
  .map(([[leaf, value], stack]) => {
    let schema: z4.$ZodType = leaf;
    let catches = false;
    let pipes = false;
    for (const wrapper of stack) {
      if (wrapper === 'optional') schema = zm.optional(schema);
      else if (wrapper === 'nullable') schema = zm.nullable(schema);
      else if (wrapper === 'readonly') schema = zm.readonly(schema);
      else if (wrapper === 'nonoptional') schema = zm.nonoptional(schema);
      else if (wrapper === 'default') schema = zm._default(schema, value);
      else if (wrapper === 'prefault') schema = zm.prefault(schema, value);
      else if (wrapper === 'catch') [schema, catches] = [zm.catch(schema, value), true];
      // A pipe into, or out of, a schema that accepts anything, optional or not.
      else if (wrapper === 'pipe-in') [schema, pipes] = [zm.pipe(schema, zm.optional(zm.unknown())), true];
      else [schema, pipes] = [zm.pipe(zm.unknown(), schema), true];
    }
    return { schema, catches, pipes };
  });

describe('isOptional', () => {
  it('is true exactly when zod lets an object leave the key out', () => {
    fc.assert(
      fc.property(built, ({ schema, pipes }) => {
        // Through a pipe, zod marks a key by its input side alone, and its output side may still reject undefined.
        fc.pre(!pipes);
        expect(isOptional(schema)).toBe(accepts(zm.object({ k: schema }), {}));
      }),
    );
  });

  it('knows the usual cases', () => {
    expect(isOptional(z.string().optional())).toBe(true);
    expect(isOptional(z.string().default('x'))).toBe(true);
    expect(isOptional(z.string().optional().nullable())).toBe(true);
    expect(isOptional(z.string().nullable())).toBe(false);
    expect(isOptional(z.string().optional().nonoptional())).toBe(false);
  });
});

describe('hasDefault', () => {
  const fills = (schema: z4.$ZodType) => {
    const result = z4.safeParse(schema, undefined);
    return result.success && result.data !== undefined;
  };

  it('is true wherever zod puts a value in place of a missing one, and only there without catch or pipe', () => {
    fc.assert(
      fc.property(built, ({ schema, catches, pipes }) => {
        if (fills(schema)) expect(hasDefault(schema)).toBe(true);
        if (!catches && !pipes) expect(hasDefault(schema)).toBe(fills(schema));
      }),
    );
  });

  it('finds a default under wrappers and leaves plain optionals alone', () => {
    expect(hasDefault(z.string().default('x').optional())).toBe(true);
    expect(hasDefault(z.number().prefault(1).nullable().readonly())).toBe(true);
    expect(hasDefault(z.string().optional())).toBe(false);
    expect(hasDefault(z.object({ a: z.string().default('x') }))).toBe(false);
  });
});

describe('describeSchema of every wrapper', () => {
  it('hands back the wrapped schema for each kind that wraps one', () => {
    const inner = z.string();
    const wrapped = [
      ['optional', zm.optional(inner)],
      ['nullable', zm.nullable(inner)],
      ['default', zm._default(inner, 'x')],
      ['prefault', zm.prefault(inner, 'x')],
      ['nonoptional', zm.nonoptional(inner)],
      ['readonly', zm.readonly(inner)],
      ['catch', zm.catch(inner, 'x')],
    ] as const;
    for (const [kind, schema] of wrapped) expect(describeSchema(schema)).toEqual({ kind, checks: [], inner });
  });

  it('gives a union and an object the parts zod holds, with no checks', () => {
    const a = z.string();
    const b = z.number();
    expect(describeSchema(z.union([a, b]))).toEqual({ kind: 'union', checks: [], options: [a, b] });
    expect(describeSchema(z.object({ a }))).toEqual({ kind: 'object', checks: [], shape: { a }, extraKeys: 'strip' });
    expect(describeSchema(z.enum(['x', 'y']))).toEqual({ kind: 'enum', checks: [], values: ['x', 'y'] });
    expect(describeSchema(z.string())).toEqual({ kind: 'string', checks: [], format: undefined });
    expect(describeSchema(z.number())).toEqual({ kind: 'number', checks: [], format: undefined, integer: false });
  });
});

describe('hasDefault, wrapper by wrapper', () => {
  it('finds the value zod fills in under each wrapper', () => {
    const filled = z.string().default('x');
    expect(hasDefault(z.string().catch('x'))).toBe(true);
    expect(hasDefault(zm.prefault(z.string(), 'x'))).toBe(true);
    expect(hasDefault(filled.nullable())).toBe(true);
    expect(hasDefault(filled.readonly())).toBe(true);
    expect(hasDefault(filled.nonoptional())).toBe(true);
    expect(hasDefault(filled.pipe(z.string()))).toBe(true);
    expect(hasDefault(z.unknown().pipe(filled))).toBe(true);
    expect(hasDefault(z.string().pipe(z.string()))).toBe(false);
    expect(hasDefault(z.string().nullable().readonly().nonoptional())).toBe(false);
  });

  it('sees none through an optional whose inner schema zod does not hand undefined', () => {
    // optional(nonoptional(default)): zod answers undefined itself, the default never runs.
    const schema = zm.optional(zm.nonoptional(zm._default(zm.string(), 'x')));
    expect(z4.safeParse(schema, undefined)).toMatchObject({ success: true, data: undefined });
    expect(hasDefault(schema)).toBe(false);
  });
});
