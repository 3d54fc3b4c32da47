import type * as z4 from 'zod/v4/core';
import { compile } from './compile.js';
import type { SchemaCheck, SchemaValue } from './schema.js';
import { describeSchema, isOptional } from './schema.js';

/** A predicate equivalent to a zod schema's acceptance, for the kinds it supports. */
export type Guard = (value: unknown) => boolean;

const cache = /* @__PURE__ */ new WeakMap<z4.$ZodType, Guard | null>();
const ANY: Guard = () => true;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Bounds and format of a number schema, or null when it has checks this module does not know. */
function numberGuard(format: string | undefined, checks: readonly SchemaCheck[]): Guard | null {
  // Formats other than safeint (int32, uint32, float32, ...) carry ranges of their own: leave them
  // to zod, as the schema's own format or as a check.
  if (format !== undefined && format !== 'safeint') return null;
  let integer = format === 'safeint';
  let min = -Infinity;
  let max = Infinity;
  let minInclusive = true;
  let maxInclusive = true;
  for (const c of checks) {
    if (c.check === 'number_format' && c.format === 'safeint') integer = true;
    else if (c.check === 'greater_than' && typeof c.value === 'number') [min, minInclusive] = [c.value, c.inclusive === true];
    else if (c.check === 'less_than' && typeof c.value === 'number') [max, maxInclusive] = [c.value, c.inclusive === true];
    else return null;
  }
  return (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!integer || Number.isSafeInteger(v)) &&
    (minInclusive ? v >= min : v > min) &&
    (maxInclusive ? v <= max : v < max);
}

function lengthBounds(checks: readonly SchemaCheck[]): { min: number; max: number } | null {
  let min = 0;
  let max = Infinity;
  for (const c of checks) {
    if (c.check === 'min_length' && typeof c.minimum === 'number') min = c.minimum;
    else if (c.check === 'max_length' && typeof c.maximum === 'number') max = c.maximum;
    else if (c.check === 'length_equals' && typeof c.length === 'number') [min, max] = [c.length, c.length];
    else return null;
  }
  return { min, max };
}

/**
 * An object guard compiled to named property reads (`v["code"]`, see compile.ts), or undefined. A key
 * that is not optional must be there (`in`, as zod asks), even when its schema accepts `undefined`.
 */
function compiledObject(keys: readonly string[], guards: readonly Guard[], required: readonly boolean[]): Guard | undefined {
  const checks = keys.map((key, i) => {
    const k = JSON.stringify(key);
    return `${required[i] ? ` && ${k} in v` : ''} && g[${i}](v[${k}])`;
  }).join('');
  return compile(['g', 'isRecord'], `return function guard(v) { return isRecord(v)${checks}; };`, [guards, isRecord]) as Guard | undefined;
}

/** Copies the listed own keys of a record that it has, and no others. */
export type Picker = (value: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * A {@link Picker} for these keys, compiled to named reads and writes where code can be compiled
 * (see compile.ts for why). `__proto__` is never written by assignment, which would set the
 * prototype: such keys keep the plain loop, which defines it as an own property.
 */
export function pickerOf(keys: readonly string[]): Picker {
  if (!keys.includes('__proto__')) {
    const copies = keys.map((key) => { const k = JSON.stringify(key); return ` if (hasOwn(v, ${k})) o[${k}] = v[${k}];`; }).join('');
    const pick = compile(['hasOwn'], `return function pick(v) { const o = {};${copies} return o; };`, [Object.hasOwn]) as Picker | undefined;
    if (pick) return pick;
  }
  return (v) => {
    const o: Record<string, unknown> = {};
    for (const key of keys) {
      if (!Object.hasOwn(v, key)) continue;
      if (key === '__proto__') Object.defineProperty(o, key, { value: v[key], enumerable: true, writable: true, configurable: true });
      else o[key] = v[key];
    }
    return o;
  };
}

/**
 * The schema kinds (see schema.ts) a guard is built for. Every one is covered by the differential
 * test against zod (guard.test.ts checks that list against this one); any other kind goes to zod.
 */
export const GUARDED_KINDS = /* @__PURE__ */ Object.freeze([
  'string', 'number', 'boolean', 'null', 'undefined', 'unknown', 'any', 'literal', 'enum',
  'optional', 'nullable', 'readonly', 'array', 'union', 'record', 'object',
] as const);

function build(schema: z4.$ZodType): Guard | null {
  const d = describeSchema(schema);
  const plain = d.checks.length === 0;
  switch (d.kind) {
    case 'string': {
      const b = lengthBounds(d.checks);
      if (!b || d.format !== undefined) return null;
      return (v) => typeof v === 'string' && v.length >= b.min && v.length <= b.max;
    }
    case 'number':
      return numberGuard(d.format, d.checks);
    case 'boolean':
      return plain ? (v) => typeof v === 'boolean' : null;
    case 'null':
      return (v) => v === null;
    case 'undefined':
      return (v) => v === undefined;
    case 'unknown':
    case 'any':
      return ANY;
    case 'literal':
    case 'enum': {
      // zod's own accepted values: for a TypeScript numeric enum ({ A: 0, 0: 'A' }) they leave out
      // the reverse mappings, which Object.values would take as values.
      const values = new Set(d.values);
      return plain ? (v) => values.has(v as SchemaValue) : null;
    }
    case 'optional': {
      const inner = guardOf(d.inner);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'nullable': {
      const inner = guardOf(d.inner);
      return inner && ((v) => v === null || inner(v));
    }
    case 'readonly':
      return guardOf(d.inner);
    case 'array': {
      const element = guardOf(d.element);
      const b = lengthBounds(d.checks);
      if (!element || !b) return null;
      return (v) => Array.isArray(v) && v.length >= b.min && v.length <= b.max && v.every(element);
    }
    case 'union': {
      const options = d.options.map(guardOf);
      if (!plain || options.some((o) => o === null)) return null;
      const guards = options as Guard[];
      return (v) => guards.some((g) => g(v));
    }
    case 'record': {
      const key = describeSchema(d.key);
      const value = guardOf(d.value);
      if (!plain || key.kind !== 'string' || key.format !== undefined || key.checks.length > 0 || !value) return null;
      if (value === ANY) return isRecord;
      return (v) => isRecord(v) && Object.keys(v).every((k) => value(v[k]));
    }
    case 'object': {
      // A strict object (catchall never) or a typed catchall checks extra keys: leave those to zod.
      if (!plain || d.extraKeys === 'check') return null;
      const shape = d.shape;
      const keys = Object.keys(shape);
      // `v.__proto__` reads the prototype when the key is not own: leave such a schema to zod.
      if (keys.includes('__proto__')) return null;
      const guards: Guard[] = [];
      for (const key of keys) {
        const g = guardOf(shape[key]!);
        if (!g) return null;
        guards.push(g);
      }
      // zod refuses an absent key whose schema is not optional, even one that takes `undefined` (z.unknown()).
      const required = keys.map((key) => !isOptional(shape[key]!));
      return compiledObject(keys, guards, required) ?? ((v) => {
        if (!isRecord(v)) return false;
        for (let i = 0; i < keys.length; i++) if ((required[i] && !(keys[i]! in v)) || !guards[i]!(v[keys[i]!])) return false;
        return true;
      });
    }
    default:
      return null;
  }
}

/**
 * A plain predicate that accepts exactly what the schema accepts, for schemas made of the kinds
 * error bodies use (objects, strings, numbers, enums, arrays, unions, records, optional and
 * nullable, with length and bound checks); `null` for anything else (transforms, defaults,
 * refinements, formats), which stays with zod.
 *
 * Why: a failed zod parse builds a ZodError, and every zod parse allocates its result; a valid
 * error body, which is most bodies, needs neither. zod stays the source of truth: the guard only
 * answers "valid" when zod would, which the core's tests check with fast-check.
 */
export function guardOf(schema: z4.$ZodType): Guard | null {
  let guard = cache.get(schema);
  if (guard === undefined) {
    guard = build(schema);
    cache.set(schema, guard);
  }
  return guard;
}
