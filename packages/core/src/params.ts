// Params in both directions: as `create` checks them (zod decides, a failure throws) and as they are
// read from the wire (valid ones kept, invalid or missing ones left out, never a failure).
import * as z4 from 'zod/v4/core';
import type { Entry } from './entries.js';
import { EMPTY } from './entries.js';
import { ownCopy } from './envelope.js';
import { zodParse } from './schema.js';
import type { AnyParams } from './error.js';

function issuesText(error: z4.$ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

/** `create`'s params, checked by the code's schema (defaults applied); a TypeError names each issue. */
export function checkParams(vendor: string, what: string, entry: Entry, params: unknown): AnyParams {
  if (!entry.def.schema) return EMPTY;
  const result = z4.safeParse(entry.def.schema, params ?? {});
  if (!result.success) throw new TypeError(`${vendor}: invalid params for ${what}: ${issuesText(result.error)}`, { cause: result.error });
  return result.data as AnyParams;
}

/**
 * Params from the wire: valid ones kept, invalid or missing ones left out (never a failure). In
 * strict mode (`strictIssues` given) zod decides, and its issues are collected there.
 */
export function readParams(entry: Entry | undefined, value: AnyParams | undefined, strictIssues?: z4.$ZodIssue[]): AnyParams {
  if (!entry) return value === undefined ? EMPTY : ownCopy(value);
  const schema = entry.def.schema;
  if (!schema) return EMPTY;
  const input = value ?? EMPTY;
  if (entry.guard?.(input)) {
    // Valid as zod would say, without zod's allocations: keep the declared keys (zod strips the rest).
    if (!entry.shape || entry.loose) return ownCopy(input);
    return entry.pick(input);
  }
  // Without guards, or in strict mode (which reports zod's issues), zod decides.
  if (!entry.guard || strictIssues) {
    const result = zodParse(schema, input);
    if (result.success) {
      if (!entry.defaults) return result.data as AnyParams;
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(result.data as AnyParams)) if (Object.hasOwn(input, key)) out[key] = value;
      return out;
    }
    strictIssues?.push(...result.issues);
  }
  // Lenient: keep each declared param that is valid on its own, leave out the rest.
  const out: Record<string, unknown> = {};
  for (const [key, schema, guard] of entry.fields) {
    if (!Object.hasOwn(input, key)) continue;
    if (guard) {
      if (guard(input[key]) && input[key] !== undefined) out[key] = input[key];
      continue;
    }
    const field = zodParse(schema, input[key]);
    if (field.success && field.data !== undefined) out[key] = field.data;
  }
  return out;
}
