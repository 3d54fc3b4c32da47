// fast-check is an optional peer of @errs/core: only its types are imported here, the module itself
// is handed in by the caller (verifyCatalog loads it on demand), so importing @errs/core/testing never needs it.
import type * as FastCheck from 'fast-check';
import * as z4 from 'zod/v4/core';
import { describeSchema } from '../schema.js';

/** The fast-check module (`import * as fc from 'fast-check'`, or its default export). */
export type FastCheckModule = Omit<typeof FastCheck, 'default'>;


function base(fc: FastCheckModule, schema: z4.$ZodType): FastCheck.Arbitrary<unknown> {
  const d = describeSchema(schema);
  switch (d.kind) {
    case 'string': {
      let minLength = 0;
      let maxLength = 24;
      for (const c of d.checks) {
        if (c.check === 'min_length') minLength = Math.max(minLength, c.minimum!);
        if (c.check === 'max_length') maxLength = Math.min(Math.max(minLength, 1) + 24, c.maximum!);
      }
      return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) });
    }
    case 'number': {
      const integer = d.integer;
      let min = integer ? -1_000_000 : -1e9;
      let max = integer ? 1_000_000 : 1e9;
      for (const c of d.checks) {
        const value = c.value as number;
        if (c.check === 'greater_than') min = Math.max(min, c.inclusive ? value : value + (integer ? 1 : Number.EPSILON));
        if (c.check === 'less_than') max = Math.min(max, c.inclusive ? value : value - (integer ? 1 : Number.EPSILON));
      }
      return integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    case 'enum':
    case 'literal':
      return fc.constantFrom(...d.values);
    case 'optional':
      return fc.option(arbitraryOf(fc, d.inner), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryOf(fc, d.inner), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return arbitraryOf(fc, d.inner);
    case 'pipe':
      return arbitraryOf(fc, d.in);
    case 'array':
      return fc.array(arbitraryOf(fc, d.element), { maxLength: 4 });
    case 'union':
      return fc.oneof(...d.options.map((option) => arbitraryOf(fc, option)));
    case 'record':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== '__proto__'), arbitraryOf(fc, d.value), { maxKeys: 3 });
    case 'object': {
      const entries = Object.entries(d.shape).map(([k, field]) => [k, arbitraryOf(fc, field)] as const);
      return fc.record(Object.fromEntries(entries)).map((o) => {
        // Optional keys that came out undefined are left out, as JSON would.
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
        return out;
      });
    }
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    default:
      throw new TypeError(`arbitraryOf: zod type ${d.kind} is not supported`);
  }
}

/**
 * A fast-check arbitrary of values that the schema accepts and that survive a JSON round trip.
 * Covers the zod kinds catalogs use for params; anything the generator over-approximates is
 * filtered by the schema itself. Throws a TypeError for a kind it does not cover.
 *
 * ```ts
 * import fc from 'fast-check';
 * fc.assert(fc.property(arbitraryOf(fc, paramsSchema), (params) => { ... }));
 * ```
 */
export function arbitraryOf(fc: FastCheckModule, schema: z4.$ZodType): FastCheck.Arbitrary<unknown> {
  return base(fc, schema).filter((v) => z4.safeParse(schema, v).success);
}

/** Params of a code as fast-check generates them (an empty object for a code without params). */
export function paramsArbitrary(fc: FastCheckModule, info: { readonly schema: z4.$ZodType | undefined }): FastCheck.Arbitrary<Record<string, unknown>> {
  return info.schema ? (arbitraryOf(fc, info.schema) as FastCheck.Arbitrary<Record<string, unknown>>) : fc.constant({});
}
