import type * as z4 from 'zod/v4/core';
import { compile } from './compile.js';

/** A predicate equivalent to a zod schema's acceptance, for the kinds it supports. */
export type Guard = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  innerType?: z4.$ZodType;
  element?: z4.$ZodType;
  shape?: Record<string, z4.$ZodType>;
  catchall?: z4.$ZodType;
  options?: z4.$ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  keyType?: z4.$ZodType;
  valueType?: z4.$ZodType;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

const cache = /* @__PURE__ */ new WeakMap<z4.$ZodType, Guard | null>();
const ANY: Guard = () => true;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Bounds and format of a number schema, or null when it has checks this module does not know. */
function numberGuard(def: Def): Guard | null {
  // Formats other than safeint (int32, uint32, float32, ...) carry ranges of their own: leave them
  // to zod, as the schema's own format or as a check.
  if (def.format !== undefined && def.format !== 'safeint') return null;
  let integer = def.format === 'safeint';
  let min = -Infinity;
  let max = Infinity;
  let minInclusive = true;
  let maxInclusive = true;
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
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

function lengthBounds(def: Def): { min: number; max: number } | null {
  let min = 0;
  let max = Infinity;
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'min_length' && typeof c.minimum === 'number') min = c.minimum;
    else if (c.check === 'max_length' && typeof c.maximum === 'number') max = c.maximum;
    else if (c.check === 'length_equals' && typeof c.length === 'number') [min, max] = [c.length, c.length];
    else return null;
  }
  return { min, max };
}

/** An object guard compiled to named property reads (`v["code"]`, see compile.ts), or undefined. */
function compiledObject(keys: readonly string[], guards: readonly Guard[]): Guard | undefined {
  const checks = keys.map((key, i) => ` && g[${i}](v[${JSON.stringify(key)}])`).join('');
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
 * The schema kinds (`_zod.def.type`) a guard is built for. Every one is covered by the differential
 * test against zod (guard.test.ts checks that list against this one); any other kind goes to zod.
 */
export const GUARDED_KINDS = /* @__PURE__ */ Object.freeze([
  'string', 'number', 'boolean', 'null', 'undefined', 'unknown', 'any', 'literal', 'enum',
  'optional', 'nullable', 'readonly', 'array', 'union', 'record', 'object',
] as const);

function build(schema: z4.$ZodType): Guard | null {
  const def = schema._zod.def as unknown as Def;
  const plain = (def.checks ?? []).length === 0;
  switch (def.type) {
    case 'string': {
      const b = lengthBounds(def);
      if (!b || def.format !== undefined) return null;
      return (v) => typeof v === 'string' && v.length >= b.min && v.length <= b.max;
    }
    case 'number':
      return numberGuard(def);
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
      // zod's own set of accepted values: for a TypeScript numeric enum ({ A: 0, 0: 'A' }) it leaves
      // out the reverse mappings, which Object.values would take as values.
      const values = schema._zod.values;
      return plain && values ? (v) => values.has(v as z4.util.Primitive) : null;
    }
    case 'optional': {
      const inner = guardOf(def.innerType!);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'nullable': {
      const inner = guardOf(def.innerType!);
      return inner && ((v) => v === null || inner(v));
    }
    case 'readonly':
      return guardOf(def.innerType!);
    case 'array': {
      const element = guardOf(def.element!);
      const b = lengthBounds(def);
      if (!element || !b) return null;
      return (v) => Array.isArray(v) && v.length >= b.min && v.length <= b.max && v.every(element);
    }
    case 'union': {
      const options = (def.options ?? []).map(guardOf);
      if (!plain || options.some((o) => o === null)) return null;
      const guards = options as Guard[];
      return (v) => guards.some((g) => g(v));
    }
    case 'record': {
      const key = def.keyType!._zod.def as unknown as Def;
      const value = guardOf(def.valueType!);
      if (!plain || key.type !== 'string' || (key.checks ?? []).length > 0 || !value) return null;
      if (value === ANY) return isRecord;
      return (v) => isRecord(v) && Object.keys(v).every((k) => value(v[k]));
    }
    case 'object': {
      if (!plain) return null;
      // A strict object (catchall never) or a typed catchall rejects extra keys: leave those to zod.
      if (def.catchall && !['unknown', 'any'].includes((def.catchall._zod.def as unknown as Def).type)) return null;
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      // `v.__proto__` reads the prototype when the key is not own: leave such a schema to zod.
      if (keys.includes('__proto__')) return null;
      const guards: Guard[] = [];
      for (const key of keys) {
        const g = guardOf(shape[key]!);
        if (!g) return null;
        guards.push(g);
      }
      return compiledObject(keys, guards) ?? ((v) => {
        if (!isRecord(v)) return false;
        for (let i = 0; i < keys.length; i++) if (!guards[i]!(v[keys[i]!])) return false;
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
