import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import * as z4 from 'zod/v4/core';
import { arbitraryOf } from './testing/arbitrary.js';
import * as compiling from './guard.js';

const supported: [string, z4.$ZodType][] = [
  ['connect-like body', zm.looseObject({ statusCode: zm.int(), message: zm.optional(zm.nullable(zm.string())), errors: zm.array(zm.looseObject({ code: zm.string().check(zm.minLength(1)), message: zm.optional(zm.string()) })) })],
  ['union code, nullable details', zm.object({ error: zm.object({ code: zm.union([zm.string(), zm.number()]), details: zm.optional(zm.nullable(zm.array(zm.object({ target: zm.optional(zm.string()) })))) }) })],
  ['bounded numbers', z.object({ n: z.number().int().min(100).max(599), x: z.number().gt(0).lt(1), e: z.enum(['a', 'b']), l: z.literal([1, 'one']), b: z.boolean() })],
  ['records and unknowns', z.object({ data: z.record(z.string(), z.unknown()).optional(), any: z.any(), arr: z.array(z.string()).min(1).max(3), s: z.string().length(2) })],
  ['null, undefined and readonly', z.object({ a: z.null(), c: z.string().readonly(), u: z.union([z.undefined(), z.number()]).optional() })],
  // Keys a compiled guard must quote: quotes, backslashes, line breaks, digits.
  ['awkward keys', z.looseObject({ 'say "hi"': z.string(), 'back\\slash': z.number().optional(), 'line\nbreak\u2028': z.boolean().optional(), '0': z.null().optional() })],
];

const unsupported: [string, z4.$ZodType][] = [
  ['transform', z.string().transform((s) => s.length)],
  ['default', z.object({ a: z.string().default('x') })],
  ['refinement', z.string().refine((s) => s !== 'x')],
  ['format', z.email()],
  ['strict object', z.strictObject({ a: z.string() })],
  ['enum-keyed record', z.record(z.enum(['a']), z.string())],
  ['int32', z.int32()],
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
afterAll(() => vi.unstubAllGlobals());

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
