import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import * as z4 from 'zod/v4/core';
import { arbitraryOf } from '@errs/testkit';
import { guardOf } from './guard.js';

const supported: [string, z4.$ZodType][] = [
  ['connect-like body', zm.looseObject({ statusCode: zm.int(), message: zm.optional(zm.nullable(zm.string())), errors: zm.array(zm.looseObject({ code: zm.string().check(zm.minLength(1)), message: zm.optional(zm.string()) })) })],
  ['union code, nullable details', zm.object({ error: zm.object({ code: zm.union([zm.string(), zm.number()]), details: zm.optional(zm.nullable(zm.array(zm.object({ target: zm.optional(zm.string()) })))) }) })],
  ['bounded numbers', z.object({ n: z.number().int().min(100).max(599), x: z.number().gt(0).lt(1), e: z.enum(['a', 'b']), l: z.literal([1, 'one']), b: z.boolean() })],
  ['records and unknowns', z.object({ data: z.record(z.string(), z.unknown()).optional(), any: z.any(), arr: z.array(z.string()).min(1).max(3), s: z.string().length(2) })],
  ['null, undefined and readonly', z.object({ a: z.null(), c: z.string().readonly(), u: z.union([z.undefined(), z.number()]).optional() })],
];

const unsupported: [string, z4.$ZodType][] = [
  ['transform', z.string().transform((s) => s.length)],
  ['default', z.object({ a: z.string().default('x') })],
  ['refinement', z.string().refine((s) => s !== 'x')],
  ['format', z.email()],
  ['strict object', z.strictObject({ a: z.string() })],
  ['enum-keyed record', z.record(z.enum(['a']), z.string())],
  ['int32', z.int32()],
];

describe('guardOf', () => {
  it.each(supported)('agrees with zod on %s, for valid and arbitrary values', (_name, schema) => {
    const guard = guardOf(schema)!;
    expect(guard).toBeTypeOf('function');
    const input = fc.oneof(arbitraryOf(schema), fc.jsonValue(), fc.anything());
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
