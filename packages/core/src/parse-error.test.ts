import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import * as z4 from 'zod/v4/core';
import { zodParse } from './parse-error.js';

// Schemas of every kind a catalog or an envelope hands zod: plain objects (the guards' kinds, which
// reach zod only to report why a body does not fit), defaults and transforms (whose output differs
// from the input), refinements with messages of their own, unions and tuples. Each with values
// near its shape (valid or almost), besides arbitrary ones.
const near = fc.record({ code: fc.oneof(fc.string(), fc.integer()), message: fc.option(fc.string()), a: fc.string(), id: fc.constantFrom('x', 'y'), e: fc.constantFrom('a@b.co', 'nope'), k: fc.constantFrom('a', 'c') }, { requiredKeys: [] });
const schemas: [string, z4.$ZodType, fc.Arbitrary<unknown>][] = [
  ['an envelope (zod/mini)', zm.object({ code: zm.string().check(zm.minLength(1)), message: zm.nullable(zm.string()), errors: zm.optional(zm.nullable(zm.array(zm.object({ code: zm.string(), name: zm.optional(zm.string()) })))) }), near],
  ['a loose object with a record', zm.looseObject({ type: zm.string(), code: zm.optional(zm.int().check(zm.minimum(100), zm.maximum(599))), metadata: zm.optional(zm.record(zm.string(), zm.unknown())) }), near],
  ['defaults and transforms', z.object({ a: z.string().default('x'), n: z.string().transform((s) => s.length).optional() }), near],
  ['refinements and a custom message', z.object({ id: z.string().refine((s) => s !== 'x', 'not x'), e: z.email({ error: 'an email, please' }).optional() }), near],
  ['a union and a tuple', z.union([z.tuple([z.string(), z.number()]), z.object({ k: z.enum(['a', 'b']) })]), fc.oneof(near, fc.tuple(fc.string(), fc.oneof(fc.integer(), fc.string())))],
];

describe('zodParse', () => {
  it.each(schemas)('answers as z4.safeParse on %s: success, output and issues', (_name, schema, close) => {
    const input = fc.oneof(close, fc.jsonValue(), fc.anything());
    fc.assert(
      fc.property(input, (value) => {
        const ours = zodParse(schema, value);
        const zods = z4.safeParse(schema, value);
        expect(ours.success).toBe(zods.success);
        if (ours.success && zods.success) expect(ours.data).toEqual(zods.data);
        if (!ours.success && !zods.success) expect(ours.issues).toEqual(zods.error.issues);
      }),
      { numRuns: 1000 },
    );
  });

  it('throws on an async schema, and what a check throws, as z4.safeParse does', () => {
    const async = z.string().refine(async () => true);
    expect(() => z4.safeParse(async, 'a')).toThrow(z4.$ZodAsyncError);
    expect(() => zodParse(async, 'a')).toThrow(z4.$ZodAsyncError);
    const throwing = z.string().refine(() => {
      throw new RangeError('from the check');
    });
    expect(() => z4.safeParse(throwing, 'a')).toThrow(RangeError);
    expect(() => zodParse(throwing, 'a')).toThrow(RangeError);
  });

  it('uses the error map zod is configured with', () => {
    const schema = zm.object({ a: zm.string() });
    try {
      z4.config({ customError: () => 'mapped' });
      expect(zodParse(schema, {})).toEqual({ success: false, issues: [expect.objectContaining({ message: 'mapped', path: ['a'] })] });
    } finally {
      z4.config({ customError: undefined });
    }
  });
});
