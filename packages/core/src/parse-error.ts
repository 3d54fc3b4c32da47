import * as z4 from 'zod/v4/core';

import { brandedError, dresser, isErrsParseError, PARSE_ERROR_BRAND as BRAND } from './brand.js';
import type { Site } from './stack.js';
import { withStack } from './stack.js';

/** Why an input is not a vendor's error envelope. */
export type ParseFailureReason =
  /** No content at all (or only whitespace). */
  | 'empty'
  /** Text that is not JSON: an HTML gateway page, truncated JSON, plain text. */
  | 'not_json'
  /** JSON, but not an object (an array, a string, a number, null). */
  | 'not_object'
  /** An object that does not have this vendor's shape; `issues` says where. */
  | 'shape'
  /** Larger than `maxBytes`. */
  | 'too_large'
  /** Nested deeper than `maxDepth`. */
  | 'too_deep';

/** One reason a value does not fit: a zod issue, or the same shape for checks outside zod. */
export interface ParseIssue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
  readonly code?: string;
}

/**
 * The input is not this vendor's error envelope. Thrown by `parse`, returned by `safeParse`.
 * `instanceof ErrsParseError` holds for failures of any copy of the package, in any realm.
 */
export class ErrsParseError extends /* @__PURE__ */ brandedError(isErrsParseError) {
  declare readonly [BRAND]: true;
  /** The vendor whose envelope was expected. */
  readonly vendor: string;
  readonly reason: ParseFailureReason;
  /** For `shape`: what did not fit, as zod reports it. */
  readonly issues: readonly ParseIssue[];
  /** The HTTP status, when the transport told. */
  readonly status: number | undefined;

  constructor(
    vendor: string,
    reason: ParseFailureReason,
    message: string,
    extra: FailureExtra = {},
  ) {
    dress(); // before super(): the stack's header reads the prototype's name
    super(`${vendor}: ${message}`, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.vendor = vendor;
    this.reason = reason;
    this.issues = issuesOf(extra.issues);
    this.status = extra.status;
  }
}

type FailureExtra = { issues?: readonly (ParseIssue | z4.$ZodIssue)[]; status?: number | undefined; cause?: unknown };

/**
 * The ErrsParseError a catalog gives: native, its stack starting at the caller of `site` (the public
 * method the user called); for `site` null or left out (`{ stack: false }`, or a cause nobody
 * throws), one built without capturing a stack, which costs more than the whole parse.
 */
export function parseFailure(vendor: string, reason: ParseFailureReason, message: string, extra: FailureExtra = {}, site: Site = null): ErrsParseError {
  if (site !== null) return withStack(newFailure, { vendor, reason, message, extra }, site);
  dress();
  return new (LightParseError as unknown as new (...args: Parameters<typeof parseFailure>) => ErrsParseError)(vendor, reason, message, extra);
}

const newFailure = (f: { vendor: string; reason: ParseFailureReason; message: string; extra: FailureExtra }): ErrsParseError =>
  new ErrsParseError(f.vendor, f.reason, f.message, f.extra);

function LightParseError(
  this: { -readonly [K in 'vendor' | 'reason' | 'issues' | 'status' | 'message']: ErrsParseError[K] },
  vendor: string,
  reason: ParseFailureReason,
  message: string,
  extra: FailureExtra,
): void {
  this.message = `${vendor}: ${message}`;
  this.vendor = vendor;
  this.reason = reason;
  this.issues = issuesOf(extra.issues);
  this.status = extra.status;
  if (extra.cause !== undefined) Object.defineProperty(this, 'cause', { value: extra.cause, writable: true, configurable: true, enumerable: false });
}

const dress = /* @__PURE__ */ dresser(ErrsParseError, 'ErrsParseError', BRAND, LightParseError);

function issuesOf(issues: FailureExtra['issues']): readonly ParseIssue[] {
  return (issues ?? []).map((i) => ({ message: i.message, path: i.path, ...(i.code ? { code: i.code } : {}) }));
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
