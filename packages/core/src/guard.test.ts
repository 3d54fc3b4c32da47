import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import * as z4 from 'zod/v4/core';
import { arbitraryOf } from './testing/arbitrary.js';
import * as compiling from './guard.js';
import type { SchemaDescription } from './schema.js';
import { describeSchema } from './schema.js';

// A TypeScript numeric enum, as tsc compiles it: reverse mappings included.
enum Level {
  Low,
  High,
}
enum Named {
  A = 'a',
  B = 'b',
}

const supported: [string, z4.$ZodType][] = [
  // Kinds the five vendor catalogs use: loose and stripping objects, bounded strings, nullable,
  // optional, arrays, unions, records of unknown, and integers as a format or as a check.
  ['vendor kinds (zod/mini)', zm.object({ a: zm.optional(zm.nullable(zm.string().check(zm.minLength(1)))), n: zm.number().check(zm.int()), m: zm.int().check(zm.gt(0), zm.lt(600)), r: zm.optional(zm.record(zm.string(), zm.unknown())), u: zm.union([zm.string(), zm.number()]), l: zm.looseObject({ x: zm.unknown() }) })],
  ['native numeric enum', z.object({ k: z.enum(Level) })],
  ['native string enum and a mini enum', zm.object({ k: zm.enum(Named), e: zm.enum(['x', 'y']) })],
  ['string bounds and records of strings', z.object({ s: z.string().max(3), r: z.record(z.string(), z.string()) })],
  ['connect-like body', zm.looseObject({ statusCode: zm.int(), message: zm.optional(zm.nullable(zm.string())), errors: zm.array(zm.looseObject({ code: zm.string().check(zm.minLength(1)), message: zm.optional(zm.string()) })) })],
  ['union code, nullable details', zm.object({ error: zm.object({ code: zm.union([zm.string(), zm.number()]), details: zm.optional(zm.nullable(zm.array(zm.object({ target: zm.optional(zm.string()) })))) }) })],
  ['bounded numbers', z.object({ n: z.number().int().min(100).max(599), x: z.number().gt(0).lt(1), e: z.enum(['a', 'b']), l: z.literal([1, 'one']), b: z.boolean() })],
  ['records and unknowns', z.object({ data: z.record(z.string(), z.unknown()).optional(), any: z.any(), arr: z.array(z.string()).min(1).max(3), s: z.string().length(2) })],
  ['null, undefined and readonly', z.object({ a: z.null(), c: z.string().readonly(), u: z.union([z.undefined(), z.number()]).optional() })],
  // Keys a compiled guard must quote: quotes, backslashes, line breaks, digits.
  ['awkward keys', z.looseObject({ 'say "hi"': z.string(), 'back\\slash': z.number().optional(), 'line\nbreak\u2028': z.boolean().optional(), '0': z.null().optional() })],
];

const unsupported: [string, z4.$ZodType][] = [
  ['bigint', z.bigint()],
  ['date', z.date()],
  ['tuple', z.tuple([z.string()])],
  ['intersection', z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() }))],
  ['pipe', z.string().pipe(z.string())],
  ['lazy', z.lazy(() => z.string())],
  ['catch', z.string().catch('x')],
  ['nonoptional', z.string().optional().nonoptional()],
  ['map and set', z.map(z.string(), z.string())],
  ['template literal', z.templateLiteral(['a', z.string()])],
  ['a check on a union', z.union([z.string(), z.number()]).refine(() => true)],
  ['transform', z.string().transform((s) => s.length)],
  ['default', z.object({ a: z.string().default('x') })],
  ['refinement', z.string().refine((s) => s !== 'x')],
  ['format', z.email()],
  ['strict object', z.strictObject({ a: z.string() })],
  ['enum-keyed record', z.record(z.enum(['a']), z.string())],
  ['format-keyed record', z.record(z.email(), z.string())],
  ['int32', z.int32()],
  // Number formats with ranges of their own, as the schema's format or as a check.
  ['float32', z.float32()],
  ['int32 as a check', z.number().check(z.int32())],
  ['uint32 as a check (zod/mini)', zm.number().check(zm.uint32())],
  ['a `__proto__` key', z.object({ ['__proto__']: z.string().optional() })],
];

// The same suite twice: guards compiled to code (the default), and the closures used where a realm
// forbids compiling code (a CSP without 'unsafe-eval', Cloudflare Workers), simulated by a Function
// constructor that throws as those realms' does.
let closures: typeof compiling;
const RealFunction = globalThis.Function;
beforeAll(async () => {
  vi.resetModules();
  vi.stubGlobal('Function', function forbidden() {
    throw new EvalError('Code generation from strings disallowed for this context');
  });
  closures = await import('./guard.js');
  closures.pickerOf(['a']); // decides, once, that code cannot be compiled
  vi.unstubAllGlobals();
  expect(globalThis.Function).toBe(RealFunction);
});
// The modules imported under the throwing Function decided that code cannot be compiled: a test
// file run after this one in the same worker (no isolation, as in a mutation run) must not get them.
afterAll(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

it('runs two implementations: compiled code, and closures where eval is forbidden', () => {
  const schema = zm.object({ a: zm.string() });
  expect(compiling.guardOf(schema)!.name).toBe('guard'); // the generated function's name
  expect(closures.guardOf(schema)!.name).not.toBe('guard');
  expect(compiling.pickerOf(['a']).name).toBe('pick');
  expect(closures.pickerOf(['a']).name).not.toBe('pick');
});

describe.each([
  ['compiled', () => compiling],
  ['without eval', () => closures],
])('guardOf (%s)', (_mode, module) => {
  const guardOf = (schema: z4.$ZodType) => module().guardOf(schema);
  it.each(supported)('agrees with zod on %s, for valid and arbitrary values', (_name, schema) => {
    const guard = guardOf(schema)!;
    expect(guard).toBeTypeOf('function');
    const input = fc.oneof(arbitraryOf(fc, schema), fc.jsonValue(), fc.anything());
    fc.assert(
      fc.property(input, (value) => {
        expect(guard(value)).toBe(z4.safeParse(schema, value).success);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(unsupported)('leaves %s to zod', (_name, schema) => {
    expect(guardOf(schema)).toBeNull();
  });

  it('does not take the reverse mappings of a numeric enum as values (zod rejects them)', () => {
    const guard = guardOf(z.object({ k: z.enum(Level) }))!;
    expect(guard({ k: 'Low' })).toBe(false);
    expect(guard({ k: 0 })).toBe(true);
    expect(guard({ k: Level.High })).toBe(true);
    expect(guard({ k: 2 })).toBe(false);
  });

  it('treats Infinity, NaN and unsafe integers as zod does', () => {
    const guard = guardOf(z.object({ n: z.number(), i: z.int() }))!;
    for (const value of [{ n: Infinity, i: 1 }, { n: NaN, i: 1 }, { n: 1, i: 2 ** 60 }, { n: 1, i: 1.5 }, { n: 1, i: 1 }]) {
      expect(guard(value)).toBe(z.object({ n: z.number(), i: z.int() }).safeParse(value).success);
    }
  });
});

describe.each([
  ['compiled', () => compiling],
  ['without eval', () => closures],
])('pickerOf (%s)', (_mode, module) => {
  it('copies the listed keys the value has, as own data, and nothing else', () => {
    const keys = ['a', 'say "hi"', '__proto__', 'missing'];
    const pick = module().pickerOf(keys);
    const value = JSON.parse('{"a":1,"say \\"hi\\"":"x","__proto__":{"polluted":true},"extra":2}') as Record<string, unknown>;
    const out = pick(value);
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'a', 'say "hi"']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out['say "hi"']).toBe('x');
  });

  it('ignores inherited keys', () => {
    const pick = module().pickerOf(['a', 'b']);
    expect(pick(Object.assign(Object.create({ b: 'inherited' }) as Record<string, unknown>, { a: 1 }))).toEqual({ a: 1 });
  });
});

/** The schemas directly inside a schema. */
function childrenOf(d: SchemaDescription): readonly z4.$ZodType[] {
  if ('inner' in d) return [d.inner];
  switch (d.kind) {
    case 'array':
      return [d.element];
    case 'union':
      return d.options;
    case 'record':
      return [d.key, d.value];
    case 'object':
      return Object.values(d.shape);
    case 'pipe':
      return [d.in, d.out];
    default:
      return [];
  }
}

/** Every schema kind in a schema, nested ones included. */
function kindsOf(schema: z4.$ZodType, into = new Set<string>()): Set<string> {
  const d = describeSchema(schema);
  into.add(d.kind);
  for (const child of childrenOf(d)) kindsOf(child, into);
  return into;
}

describe('what a guard handles', () => {
  it('is exactly the kinds the differential test covers', () => {
    const covered = new Set<string>();
    for (const [, schema] of supported) kindsOf(schema, covered);
    expect([...compiling.GUARDED_KINDS].filter((kind) => !covered.has(kind))).toEqual([]);
  });

  it('every other kind goes to zod', () => {
    for (const [, schema] of unsupported) {
      const kind = describeSchema(schema).kind;
      if (!(compiling.GUARDED_KINDS as readonly string[]).includes(kind)) expect(compiling.guardOf(schema)).toBeNull();
    }
  });
});

describe("zod's jitless setting", () => {
  afterAll(() => {
    z.config({ jitless: false });
  });

  it('makes errs compile nothing, and answer the same', async () => {
    const { defineCatalog } = await import('./index.js');
    const { acmeEnvelope } = await import('./testing/acme.js');
    let compiled = 0;
    const RealFunction = globalThis.Function;
    z.config({ jitless: true });
    vi.stubGlobal('Function', function counted(...args: string[]) {
      compiled++;
      return new RealFunction(...args) as unknown;
    });
    try {
      // Schemas made after the switch: nothing was compiled for them before.
      const c = defineCatalog({
        vendor: 'csp',
        envelope: acmeEnvelope,
        errors: { gone: { status: 410, message: 'Gone: {id}', schema: z.object({ id: z.string(), n: z.number().optional() }), category: 'NOT_FOUND' } },
      });
      const schema = z.object({ a: z.string(), b: z.array(z.number()) });
      const guard = compiling.guardOf(schema)!;
      expect(guard.name).not.toBe('guard');
      expect(compiling.pickerOf(['a', 'b']).name).not.toBe('pick');
      expect([guard({ a: 'x', b: [1] }), guard({ a: 1, b: [] })]).toEqual([true, false]);
      const e = c.parse({ error: { type: 'gone', message: 'm', params: { id: 'x', n: 'not a number' } } });
      expect(e.params).toEqual({ id: 'x' });
      expect(compiled).toBe(0);
    } finally {
      vi.unstubAllGlobals();
      z.config({ jitless: false });
    }
  });
});

// Values one step from a bound, and valid bodies with one field made wrong: random values seldom
// land there, and a guard that is off by one there still answers right for everything else.
const edges: [string, z4.$ZodType, unknown[]][] = [
  ['string min 2', z.string().min(2), ['', 'a', 'ab', 'abc']],
  ['string max 3', z.string().max(3), ['', 'abc', 'abcd']],
  ['string length 2', z.string().length(2), ['a', 'ab', 'abc']],
  ['mini string minLength 1', zm.string().check(zm.minLength(1)), ['', 'x']],
  ['int from 100 to 599', z.number().int().min(100).max(599), [99, 100, 100.5, 599, 600, 99.999]],
  ['exclusive 0 < x < 1', z.number().gt(0).lt(1), [0, Number.MIN_VALUE, 0.5, 1 - Number.EPSILON, 1, -1, 2]],
  ['inclusive 5 <= x <= 5', z.number().gte(5).lte(5), [4.999, 5, 5.001]],
  ['mini int, 0 < x < 600', zm.int().check(zm.gt(0), zm.lt(600)), [0, 1, 599, 600, 1.5]],
  ['safe integers', z.int(), [2 ** 53 - 1, 2 ** 53, -(2 ** 53 - 1), -(2 ** 53), 0.5, '1']],
  ['array of 1 to 3 strings', z.array(z.string()).min(1).max(3), [[], ['a'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['a', 1], 'a', { 0: 'a', length: 1 }]],
  ['array of exactly 2', z.array(z.number()).length(2), [[1], [1, 2], [1, 2, 3]]],
  ['optional nullable bounded string', zm.optional(zm.nullable(zm.string().check(zm.minLength(1)))), [undefined, null, '', 'x', 0]],
  ['nullable number', z.number().nullable(), [null, undefined, 1, 'x']],
  ['record of strings', z.record(z.string(), z.string()), [{}, { a: 'x' }, { a: 1 }, [], null, 'x']],
  ['record of unknown', z.record(z.string(), z.unknown()), [{}, { a: 1 }, [], null]],
  ['union of string and number', z.union([z.string(), z.number()]), ['x', 1, true, null, undefined]],
  ['literal 1 or "one"', z.literal([1, 'one']), [1, 'one', '1', 2]],
  ['boolean', z.boolean(), [true, false, 0, 'true']],
  ['null', z.null(), [null, undefined, 0]],
  ['undefined', z.undefined(), [undefined, null]],
  // zod asks a key whose schema is not optional to be there, even when that schema takes `undefined`.
  ['required keys that take undefined', z.object({ u: z.unknown(), a: z.any(), n: z.undefined(), o: z.unknown().optional() }), [{}, { u: 1, a: 1, n: undefined }, { u: undefined, a: undefined, n: undefined }, { a: 1, n: undefined }, { u: 1, n: undefined }, { u: 1, a: 1 }, Object.assign(Object.create({ u: 1, a: 2 }) as object, { n: undefined })]],
  ['a loose object with a required unknown key', zm.looseObject({ x: zm.unknown() }), [{}, { x: undefined }, { y: 1 }, { x: [], y: 1 }]],
];

describe.each([
  ['compiled', () => compiling],
  ['without eval', () => closures],
])('guardOf at the edges (%s)', (_mode, module) => {
  it.each(edges)('agrees with zod on %s', (_name, schema, values) => {
    const guard = module().guardOf(schema)!;
    for (const value of values) expect(guard(value), JSON.stringify(value)).toBe(z4.safeParse(schema, value).success);
  });

  it.each(supported)('agrees with zod on %s when one field of a valid value is made wrong', (_name, schema) => {
    const guard = module().guardOf(schema)!;
    const wrong = fc.constantFrom<unknown>(undefined, null, '', 'x', 0, -1, 1.5, 600, 2 ** 53, [], {}, true);
    fc.assert(
      fc.property(arbitraryOf(fc, schema), wrong, fc.nat(), (valid, junk, pick) => {
        expect(guard(valid)).toBe(true);
        if (typeof valid !== 'object' || valid === null) return;
        const keys = Object.keys(valid);
        if (keys.length === 0) return;
        const value = { ...(valid as Record<string, unknown>), [keys[pick % keys.length]!]: junk };
        expect(guard(value)).toBe(z4.safeParse(schema, value).success);
      }),
      { numRuns: 300 },
    );
  });
});

describe('guardOf leaves to zod every check it does not know, kind by kind', () => {
  it.each([
    ['a multipleOf on a number', z.number().multipleOf(2)],
    ['a refinement on a number', z.number().refine((n) => n !== 1)],
    ['a refinement on an array', z.array(z.string()).refine((a) => a.length !== 1)],
    ['a refinement on a boolean', z.boolean().refine((b) => b)],
    ['a refinement on an enum', z.enum(['a', 'b']).refine((v) => v === 'a')],
    ['a refinement on a literal', z.literal('a').refine(() => false)],
    ['a refinement on a record', z.record(z.string(), z.string()).refine(() => false)],
    ['a refinement on an object', z.object({ a: z.string() }).refine(() => false)],
    ['a record whose keys have checks', z.record(z.string().min(2), z.string())],
    ['a record of bigints', z.record(z.string(), z.bigint())],
    ['an optional bigint', z.bigint().optional()],
    ['a nullable bigint', z.bigint().nullable()],
    ['an array of bigints', z.array(z.bigint())],
    ['an object with a bigint field', z.object({ a: z.string(), n: z.bigint() })],
  ])('%s', (_name, schema) => {
    expect(compiling.guardOf(schema)).toBeNull();
  });
});
