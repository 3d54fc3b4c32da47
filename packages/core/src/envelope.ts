import type * as z4 from 'zod/v4/core';
import type { Category } from './categories.js';
import { guardOf } from './guard.js';
import type { AnyParams } from './error.js';
import type { HeadersLike } from './http.js';
import type { ParseIssue } from './parse-error.js';
import { zodParse } from './schema.js';

/** One error as a vendor's body carries it, before the catalog gives it meaning. */
export interface WireError {
  readonly code: string;
  readonly message?: string | undefined;
  readonly params?: AnyParams | undefined;
  readonly details?: readonly WireDetail[] | undefined;
  /** A status written in the body itself (some vendors repeat it there). */
  readonly status?: number | undefined;
  readonly requestId?: string | undefined;
  readonly retryAfterMs?: number | undefined;
}

/** One nested error as a vendor's body carries it. */
export interface WireDetail {
  readonly code: string;
  readonly message?: string | undefined;
  readonly params?: AnyParams | undefined;
  readonly path?: string | undefined;
}

/**
 * What an envelope may know of one code of its catalog, handed to it by the core (see
 * {@link ReadContext.lookup}): so an envelope knows only the wire, and imports no catalog.
 */
export interface CodeView {
  /** The documented message template; its `{name}` placeholders name declared params. */
  readonly message: string;
  /** Whether the code appears only nested inside another error's details. */
  readonly nested: boolean;
  /** The declared params' schemas, name -> zod schema (its params schema's shape; empty when the code has none). */
  readonly shape: Readonly<Record<string, z4.$ZodType>>;
}

/** What the transport knows beside the body, and what the catalog knows of its codes. */
export interface ReadContext {
  readonly status?: number | undefined;
  readonly headers?: HeadersLike | undefined;
  /** Reject bodies that are well-formed but inconsistent (see each vendor's README). */
  readonly strict: boolean;
  /** A code of the catalog, or undefined for a code it lacks (the same view on every call). */
  readonly lookup: (code: string) => CodeView | undefined;
}

/** Why a body is not the envelope: the issues, zod's or the envelope's own. */
export interface Mismatch {
  readonly issues: readonly ParseIssue[];
}

/** The error as an envelope writes it: the message is already the one safe to send. */
export interface WireView {
  readonly vendor: string;
  readonly code: string;
  readonly status: number;
  readonly message: string;
  readonly params: AnyParams;
  readonly details: readonly { readonly code: string; readonly message: string; readonly params: AnyParams; readonly path?: string | undefined }[];
  readonly category: Category;
  readonly known: boolean;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  /** A code of the catalog, as in {@link ReadContext.lookup}. */
  readonly lookup: (code: string) => CodeView | undefined;
}

/** What an envelope writes: the body, and headers or a status where the vendor sends its own. */
export interface Written {
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly status?: number;
}

/** A body handed over by a vendor's own client (an error object it threw), with what it knew. */
export interface Unwrapped {
  readonly body: unknown;
  readonly status?: number | undefined;
  readonly headers?: HeadersLike | undefined;
}

/**
 * A vendor's wire format: how its error bodies look, and the two directions.
 * The three functions are small and pure; the core does everything around them.
 */
export interface Envelope<Body = unknown> {
  /** zod schema of the body as the vendor sends it (for issues and JSON Schema). */
  readonly schema: z4.$ZodType<Body>;
  /** A decoded JSON body -> the error it carries, or the mismatch when it is not this envelope. */
  read(body: unknown, context: ReadContext): WireError | Mismatch;
  /** An error -> the body exactly as the vendor sends it. */
  write(error: WireView): Written;
  /** An error thrown by the vendor's own client -> its body; undefined when `input` is not one. */
  unwrap?(input: object): Unwrapped | undefined;
  /** Content type of the vendor's error bodies. Default `application/json`. */
  readonly contentType?: string;
}

/** Whether {@link Envelope.read} gave a mismatch. */
export function isMismatch(result: WireError | Mismatch): result is Mismatch {
  return 'issues' in result;
}

/**
 * The usual way to write {@link Envelope.read}: validate with the zod schema, then map the data.
 * The map may still answer a {@link Mismatch} for rules a schema cannot say.
 *
 * For a valid body of a plain schema (no transforms or defaults), `map` gets the body itself,
 * checked by a compiled guard instead of a full zod parse: it may carry keys the schema does not
 * declare, so map the fields you need rather than spreading the data.
 */
export function readWith<S extends z4.$ZodType>(
  schema: S,
  body: unknown,
  map: (data: z4.output<S>) => WireError | Mismatch,
): WireError | Mismatch {
  const guard = guardOf(schema);
  if (guard !== null && guard(body)) return map(body as z4.output<S>);
  const result = zodParse(schema, body);
  return result.success ? map(result.data as z4.output<S>) : { issues: result.issues };
}

/** A {@link Mismatch} of one issue. */
export function mismatch(message: string, path: readonly PropertyKey[] = []): Mismatch {
  return { issues: [{ message, path, code: 'custom' }] };
}

/**
 * A copy of a record's own enumerable properties that is safe against prototype pollution: a
 * `__proto__` key becomes an own property instead of setting the prototype.
 */
export function ownCopy(value: unknown, omit: readonly string[] = []): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return {};
  // Spread defines properties (a `__proto__` key stays data) and clones a JSON object's shape at
  // once: far cheaper than a loop of stores by key.
  if (omit.length === 0) return { ...(value as Record<string, unknown>) };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (omit.includes(key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}
