// The one reader of zod's internals (`schema._zod`). zod has no public API for "what is this
// schema made of" beyond z.toJSONSchema, which cannot say how an object treats extra keys or hand
// back the inner schemas themselves; everything in errs that asks goes through this module, so
// that a zod upgrade that moves a field is mended here. zod classic and zod/mini share `_zod`.
import * as z4 from 'zod/v4/core';

/** A schema's kind: zod's own name for it (`string`, `object`, `optional`, ...), as `_zod.def.type` says. */
export type SchemaKind = z4.$ZodTypeDef['type'];

/** A value a literal or an enum accepts. */
export type SchemaValue = z4.util.Primitive;

/**
 * One check on a schema (`.min(1)`, `.check(z.int())`, `.email()`, a refinement): zod's definition
 * of it, the fields errs reads.
 */
export interface SchemaCheck {
  /** zod's name: `min_length`, `max_length`, `length_equals`, `greater_than`, `less_than`, `number_format`, `string_format`, `custom` (a refinement), ... */
  readonly check: string;
  /** `min_length`: the least length. */
  readonly minimum?: number;
  /** `max_length`: the greatest length. */
  readonly maximum?: number;
  /** `length_equals`: the length. */
  readonly length?: number;
  /** `greater_than` / `less_than`: the bound. */
  readonly value?: number | bigint | Date;
  /** `greater_than` / `less_than`: whether the bound itself is accepted. */
  readonly inclusive?: boolean;
  /** `number_format` / `string_format`: `safeint`, `int32`, `email`, `uuid`, `regex`, ... */
  readonly format?: string;
}

/**
 * What an object does with keys its shape does not declare: `strip` drops them (`z.object`),
 * `keep` keeps them unchecked (`z.looseObject`, a catchall of unknown or any), `check` hands them
 * to a catchall schema (`z.strictObject`, whose catchall is never, or `.catchall(schema)`).
 */
export type ExtraKeys = 'strip' | 'keep' | 'check';

/** The kinds that wrap one schema (`innerType`). */
export type WrapperKind = 'optional' | 'nullable' | 'default' | 'prefault' | 'nonoptional' | 'readonly' | 'catch';

interface Described<K extends SchemaKind> {
  readonly kind: K;
  /** The checks added to the schema, in order (empty for none). */
  readonly checks: readonly SchemaCheck[];
}

/**
 * A schema's kind and the parts of it errs asks about, by kind (switch on `kind` to narrow).
 * Kinds not listed come with their checks alone.
 */
export type SchemaDescription =
  | (Described<'string'> & {
      /** Its format (`email`, `uuid`, `regex`, ...): its own (`z.email()`) or the first a check adds (`z.string().email()`). */
      readonly format: string | undefined;
    })
  | (Described<'number'> & {
      /** Its format (`safeint`, `int32`, `float32`, ...): its own (`z.int()`) or the first a check adds. */
      readonly format: string | undefined;
      /** Whether only integers pass (`z.int()`, `.int()`, int32, uint32). */
      readonly integer: boolean;
    })
  | (Described<'enum' | 'literal'> & {
      /** Exactly the values zod accepts (a TypeScript numeric enum's reverse mappings are not among them). */
      readonly values: readonly SchemaValue[];
    })
  | (Described<WrapperKind> & { readonly inner: z4.$ZodType })
  | (Described<'array'> & { readonly element: z4.$ZodType })
  | (Described<'union'> & { readonly options: readonly z4.$ZodType[] })
  | (Described<'record'> & { readonly key: z4.$ZodType; readonly value: z4.$ZodType })
  | (Described<'object'> & { readonly shape: Readonly<Record<string, z4.$ZodType>>; readonly extraKeys: ExtraKeys })
  | (Described<'pipe'> & { readonly in: z4.$ZodType; readonly out: z4.$ZodType })
  | Described<Exclude<SchemaKind, 'string' | 'number' | 'enum' | 'literal' | WrapperKind | 'array' | 'union' | 'record' | 'object' | 'pipe'>>;

/** The fields of `_zod.def` read here. */
interface Def {
  readonly type: SchemaKind;
  readonly checks?: readonly { readonly _zod: { readonly def: SchemaCheck } }[];
  readonly format?: string;
  readonly innerType?: z4.$ZodType;
  readonly element?: z4.$ZodType;
  readonly options?: readonly z4.$ZodType[];
  readonly keyType?: z4.$ZodType;
  readonly valueType?: z4.$ZodType;
  readonly shape?: Record<string, z4.$ZodType>;
  readonly catchall?: z4.$ZodType;
  readonly in?: z4.$ZodType;
  readonly out?: z4.$ZodType;
}

const defOf = (schema: z4.$ZodType): Def => schema._zod.def;

const kindOf = (schema: z4.$ZodType): SchemaKind => defOf(schema).type;

/**
 * What a schema is made of: its kind, its checks and, by kind, its format, its accepted values,
 * the schemas inside it, or how an object treats keys it does not declare. Reads only the schema
 * itself (the inner schemas are handed back, not described).
 *
 * ```ts
 * const d = describeSchema(params);
 * if (d.kind === 'object') for (const [key, field] of Object.entries(d.shape)) ...
 * ```
 */
export function describeSchema(schema: z4.$ZodType): SchemaDescription {
  const def = defOf(schema);
  const kind = def.type;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  // A format is the schema's own (z.email(), z.int()) or a check's (z.string().email(), .int()).
  const formats = [def.format, ...checks.map((c) => c.format)];
  const format = formats.find((f) => f !== undefined);
  switch (kind) {
    case 'string':
      return { kind, checks, format };
    case 'number':
      return { kind, checks, format, integer: formats.some((f) => f === 'safeint' || f === 'int32' || f === 'uint32') };
    case 'enum':
    case 'literal':
      // zod's own set of accepted values, not the definition's entries: for a numeric enum
      // ({ A: 0, 0: 'A' }) those hold the reverse mappings, which zod rejects.
      return { kind, checks, values: [...(schema._zod.values ?? [])] };
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return { kind, checks, inner: def.innerType! };
    case 'array':
      return { kind, checks, element: def.element! };
    case 'union':
      return { kind, checks, options: def.options ?? [] };
    case 'record':
      return { kind, checks, key: def.keyType!, value: def.valueType! };
    case 'object':
      return { kind, checks, shape: def.shape ?? {}, extraKeys: extraKeysOf(def.catchall) };
    case 'pipe':
      return { kind, checks, in: def.in!, out: def.out! };
    default:
      return { kind, checks };
  }
}

function extraKeysOf(catchall: z4.$ZodType | undefined): ExtraKeys {
  if (catchall === undefined) return 'strip';
  const kind = kindOf(catchall);
  return kind === 'unknown' || kind === 'any' ? 'keep' : 'check';
}

/**
 * Whether an object's input may leave out a key of this schema, as zod itself marks it
 * (`_zod.optin`): `.optional()`, a default, a prefault or a catch, and what wraps one of those
 * (nullable, readonly, the input side of a pipe). `nonoptional` undoes it.
 */
export const isOptional = (schema: z4.$ZodType): boolean => schema._zod.optin !== undefined;

/**
 * Whether zod may put a value where the input has none (undefined, or a key left out): a
 * `.default()` or `.prefault()`, also under optional, nullable, readonly and nonoptional, or on
 * either side of a pipe. A `.catch()` counts as one too: its value stands in whenever the inner
 * schema rejects undefined. Never false where zod fills a value, except through a transform,
 * whose results it cannot see.
 */
export function hasDefault(schema: z4.$ZodType): boolean {
  const def = defOf(schema);
  switch (def.type) {
    case 'default':
    case 'prefault':
    case 'catch':
      return true;
    case 'optional':
      // zod hands undefined on only to an inner schema that is itself optional.
      return isOptional(def.innerType!) && hasDefault(def.innerType!);
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
      return hasDefault(def.innerType!);
    case 'pipe':
      return hasDefault(def.in!) || hasDefault(def.out!);
    default:
      return false;
  }
}

/** The declared keys of an object schema and their schemas; undefined for any other kind (or none). */
export function shapeOf(schema: z4.$ZodType | undefined): Readonly<Record<string, z4.$ZodType>> | undefined {
  if (schema === undefined) return undefined;
  const def = defOf(schema);
  return def.type === 'object' ? (def.shape ?? {}) : undefined;
}

/** What {@link zodParse} answers: zod's output, or its issues. */
export type ZodResult = { readonly success: true; readonly data: unknown } | { readonly success: false; readonly issues: readonly z4.$ZodIssue[] };

/**
 * `z4.safeParse(schema, value)`, with the issues instead of a ZodError. Through the schema's
 * Standard Schema `validate`: the same run and the same finalised issues, without zod's failure
 * result (an object with an accessor, slow to make) nor its ZodError, which extends Error and so
 * captures a stack; on a body that does not fit, those cost about three times zod's run itself.
 * Where `validate` answers asynchronously (an async schema, or a check that throws), zod's own
 * safeParse answers, throwing as it does.
 */
export function zodParse(schema: z4.$ZodType, value: unknown): ZodResult {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    result.catch(() => undefined); // superseded by the answer below
    const parsed = z4.safeParse(schema, value);
    return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: parsed.error.issues };
  }
  return result.issues === undefined ? { success: true, data: result.value } : { success: false, issues: result.issues as readonly z4.$ZodIssue[] };
}
