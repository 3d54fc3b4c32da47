/** The decoder's logic: what the user typed -> `safeParse`'s answer, ready to show. */
import type { ErrsDetail, ErrsError, ParseIssue, ProblemDetails } from '@errs/core';
import { isErrsParseError } from '@errs/core';
import type { Catalog } from '@errs/core';

/** Headers typed one per line as `name: value` (blank lines and lines without a colon are ignored). */
export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) continue;
    Object.defineProperty(headers, name, { value: line.slice(colon + 1).trim(), enumerable: true, writable: true, configurable: true });
  }
  return headers;
}

/** A status typed by the user: an integer in 100-599, else undefined. */
export function parseStatus(text: string): number | undefined {
  const t = text.trim();
  // Decimal digits only: `Number` would also take 0x1F4 and 5e2.
  if (!/^\d{3}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 100 && n <= 599 ? n : undefined;
}

/** What is wrong with a typed status, in words (undefined when it is an error status, or empty). */
export function statusNote(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const status = parseStatus(t);
  if (status === undefined) return `“${t}” is not an HTTP status (a whole number from 100 to 599): decoded as if no status was given, so each code's documented status is used.`;
  if (status < 400) return `${status} is not an error status (${status < 200 ? 'informational' : status < 300 ? 'a success' : 'a redirect'}): a client would not read this response as an error. Decoded anyway.`;
  return undefined;
}

export interface DecodedError {
  readonly ok: true;
  readonly error: ErrsError;
  readonly details: readonly ErrsDetail[];
  readonly problem: ProblemDetails;
}

export interface DecodeFailure {
  readonly ok: false;
  readonly reason: string;
  readonly message: string;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  /** What `fromResponse` gives a client for the same response: a status-only error. */
  readonly fallback: ErrsError | undefined;
}

export type Decoded = DecodedError | DecodeFailure;

function issuePath(issue: ParseIssue): string {
  return issue.path.length === 0 ? '(body)' : issue.path.map(String).join('.');
}

/** Decodes a pasted body with the catalog's `safeParse` (never throws). */
export function decode(catalog: Catalog, body: string, statusText: string, headerText: string): Decoded {
  const status = parseStatus(statusText);
  const headers = parseHeaderLines(headerText);
  const result = catalog.safeParse(body, { status, headers });
  if (result.success) {
    const error = result.data;
    return { ok: true, error, details: error.details, problem: error.toProblem() };
  }
  const failure = result.error;
  return {
    ok: false,
    reason: isErrsParseError(failure) ? failure.reason : 'shape',
    message: failure.message,
    issues: failure.issues.slice(0, 20).map((i) => ({ path: issuePath(i), message: i.message })),
    fallback: status === undefined ? undefined : catalog.fromStatus(status, { headers, cause: failure }),
  };
}

/** Plain words for a parse failure reason. */
export function reasonText(reason: string): string {
  switch (reason) {
    case 'empty':
      return 'The body is empty.';
    case 'not_json':
      return 'The body is not JSON (an HTML gateway page, plain text or truncated JSON).';
    case 'not_object':
      return 'The body is JSON but not an object.';
    case 'too_large':
      return 'The body is larger than the limit.';
    case 'too_deep':
      return 'The body is nested deeper than the limit.';
    default:
      return "The body is JSON, but not this vendor's error envelope.";
  }
}
