import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as z4 from 'zod/v4/core';
import { arbitraryOf } from './arbitrary.js';

describe('arbitraryOf', () => {
  it.each([
    ['bare z.int()', z.int()],
    ['int with bounds', z.number().check(z.int(), z.minimum(0), z.maximum(10))],
    ['double with exclusive bounds', z.number().check(z.gt(0), z.lt(1))],
    ['object of optionals, enums, arrays', z.object({ a: z.optional(z.string()), b: z.enum(['x', 'y']), c: z.array(z.boolean()), d: z.nullable(z.literal(3)) })],
    ['string with lengths', z.string().check(z.minLength(2), z.maxLength(5))],
    ['record of unknown', z.record(z.string(), z.unknown())],
  ])('generates values %s accepts, unchanged by JSON', (_name, schema) => {
    fc.assert(
      fc.property(arbitraryOf(fc, schema as z4.$ZodType), (value) => {
        expect(z4.safeParse(schema as z4.$ZodType, value).success).toBe(true);
        expect(JSON.parse(JSON.stringify(value) ?? 'null')).toEqual(value ?? null);
      }),
      { numRuns: 200 },
    );
  });

  it('generates integers for integer schemas', () => {
    const values = fc.sample(arbitraryOf(fc, z.int()), 100);
    expect(values.every((v) => Number.isInteger(v))).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(10);
  });
});
