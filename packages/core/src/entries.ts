// A definition checked into its table of entries: what the catalog's methods look a code up in,
// with everything they need of it prepared once (template, params schema, compiled checks).
import type * as z4 from 'zod/v4/core';
import type { Category } from './categories.js';
import { isCategory } from './categories.js';
import type { ErrorDef, ErrorDefs, ErrorInfo } from './definition.js';
import type { CodeView, Envelope } from './envelope.js';
import type { AnyParams } from './error.js';
import type { Guard, Picker } from './guard.js';
import { guardOf, pickerOf } from './guard.js';
import { describeSchema, hasDefault, shapeOf } from './schema.js';
import type { RetryAdvice } from './retry.js';
import { defaultStrategy, isRetryable } from './retry.js';
import type { Template } from './template.js';
import { fill, placeholders, prepare } from './template.js';

/** One code of a catalog, prepared. */
export interface Entry {
  readonly def: ErrorDef;
  readonly info: ErrorInfo;
  /** The documented message, prepared once (see template.ts). */
  readonly template: Template;
  /** Field schemas of an object params schema, for lenient reading. */
  readonly shape: Readonly<Record<string, z4.$ZodType>> | undefined;
  /** Whether some param has a default: defaults are for `create`, a parsed error keeps what the wire said. */
  readonly defaults: boolean;
  /** Compiled check of the params schema, when it is plain enough (see guardOf). */
  readonly guard: Guard | null;
  /** The declared params with their schema and compiled check, for lenient reading. */
  readonly fields: readonly (readonly [key: string, schema: z4.$ZodType, guard: Guard | null])[];
  /** Copies the declared params a valid input has. */
  readonly pick: Picker;
  /** Whether the params schema keeps undeclared keys. */
  readonly loose: boolean;
}

/** What every part of a catalog works from: its vendor, its entries, its wire format. */
export interface Core {
  readonly vendor: string;
  readonly entries: ReadonlyMap<string, Entry>;
  readonly envelope: Envelope;
  /** What the envelope sees of each code (ReadContext.lookup, WireView.lookup). */
  readonly lookup: (code: string) => CodeView | undefined;
}

export const EMPTY: AnyParams = /* @__PURE__ */ Object.freeze({});

const categoryAdvice = /* @__PURE__ */ new Map<Category, RetryAdvice>();
/** The retry advice of a category (for errors without an entry), one frozen object per category. */
export function adviceFor(category: Category): RetryAdvice {
  let advice = categoryAdvice.get(category);
  if (!advice) categoryAdvice.set(category, (advice = Object.freeze({ strategy: defaultStrategy(category) })));
  return advice;
}

/** Whether an object schema keeps keys it does not declare (a loose object). */
function keepsExtraKeys(schema: z4.$ZodType | undefined): boolean {
  const described = schema && describeSchema(schema);
  return described?.kind === 'object' && described.extraKeys === 'keep';
}

function entryOf(code: string, def: ErrorDef, problems: string[]): Entry {
  const shape = shapeOf(def.schema);
  if (!Number.isInteger(def.status) || def.status < 100 || def.status > 599) problems.push(`${code}: status ${def.status} is not an HTTP status`);
  if (!isCategory(def.category)) problems.push(`${code}: category ${String(def.category)} is not a google.rpc.Code name`);
  const names = placeholders(def.message);
  for (const name of names) {
    if (!shape || !Object.hasOwn(shape, name)) problems.push(`${code}: placeholder {${name}} is not a declared param`);
  }
  const template = prepare(def.message);
  const strategy = def.retry?.strategy ?? defaultStrategy(def.category);
  const note = def.retry?.note;
  const retry: RetryAdvice = Object.freeze(note === undefined ? { strategy } : { strategy, note });
  const info: ErrorInfo = Object.freeze({
    code,
    status: def.status,
    message: def.message,
    title: fill(template, undefined),
    category: def.category,
    retryable: isRetryable(strategy),
    retry,
    nested: def.nested === true,
    schema: def.schema,
    placeholders: Object.freeze(names),
  });
  const fields = Object.entries(shape ?? {}).map(([key, schema]) => [key, schema, guardOf(schema)] as const);
  return {
    def,
    info,
    template,
    shape,
    defaults: shape !== undefined && Object.values(shape).some(hasDefault),
    guard: def.schema ? guardOf(def.schema) : null,
    fields,
    pick: pickerOf(fields.map(([key]) => key)),
    loose: keepsExtraKeys(def.schema),
  };
}

/**
 * Checks a definition into its table of entries. Every problem (a bad status or category, a
 * placeholder without a declared param, a carrier that is not a top-level code) is collected,
 * and all of them thrown in one TypeError, so a catalog cannot be inconsistent.
 */
export function entriesOf(vendor: string, errors: ErrorDefs): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const problems: string[] = [];
  for (const code of Object.keys(errors)) entries.set(code, entryOf(code, errors[code]!, problems));
  for (const [code, { def }] of entries) {
    for (const carrier of def.carriedBy ?? []) {
      if (entries.get(carrier)?.info.nested !== false) problems.push(`${code}: carriedBy ${carrier} is not a top-level code`);
    }
  }
  if (problems.length > 0) throw new TypeError(`defineCatalog(${vendor}):\n  ${problems.join('\n  ')}`);
  return entries;
}

/** What an envelope sees of each code (see ReadContext.lookup), made once: the same view on every call. */
export function lookupOf(entries: ReadonlyMap<string, Entry>): (code: string) => CodeView | undefined {
  const views = new Map<string, CodeView>();
  for (const [code, e] of entries) views.set(code, Object.freeze({ message: e.def.message, nested: e.info.nested, shape: e.shape ?? {} }));
  return (code) => views.get(code);
}

/** The top-level codes that carry a nested code: as declared, else those of its status. */
export function carriersOf(entries: ReadonlyMap<string, Entry>, entry: Entry): string[] {
  if (entry.def.carriedBy) return [...entry.def.carriedBy];
  return [...entries].filter(([, e]) => !e.info.nested && e.def.status === entry.def.status).map(([code]) => code);
}
