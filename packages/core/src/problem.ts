import type { Category } from './categories.js';
import { wireStatus } from './categories.js';
import type { ErrsDetail, AnyParams } from './error.js';
import { render } from './template.js';

/** RFC 9457 problem details, with the error's vendor, code and params as extension members. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly vendor: string;
  readonly code: string;
  readonly category: Category;
  readonly retryable: boolean;
  readonly params: AnyParams;
  readonly requestId?: string;
  /** The nested errors, one problem-like entry each. */
  readonly errors?: readonly ProblemDetailEntry[];
}

/** One nested error inside {@link ProblemDetails}. */
export interface ProblemDetailEntry {
  readonly code: string;
  readonly detail: string;
  readonly params: AnyParams;
  readonly path?: string;
}

/** Options of `toProblem`. */
export interface ToProblemOptions {
  /** URI reference identifying this occurrence. */
  readonly instance?: string;
  /** Send the message of a 5xx error as `detail` even where it may be internal. Default false. */
  readonly expose?: boolean;
}

/** The media type of problem details. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

interface ProblemSource {
  readonly vendor: string;
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly message: string;
  readonly category: Category;
  readonly retryable: boolean;
  readonly params: AnyParams;
  readonly known: boolean;
  readonly requestId: string | undefined;
  readonly details: readonly ErrsDetail[];
}

/**
 * The message safe to send for an error: a 5xx error's own message may be internal, so it is
 * replaced by the code's documented message (its title, params filled in) unless exposed.
 */
export function publicMessage(error: Pick<ProblemSource, 'status' | 'message' | 'title' | 'params'>, expose = false): string {
  return error.status >= 500 && !expose ? render(error.title, error.params) : error.message;
}

/** The problem `type` URI of a code: a URN naming vendor and code, `about:blank` for unknown codes. */
export function problemType(vendor: string, code: string, known: boolean): string {
  return known ? `urn:errs:${encodeURIComponent(vendor)}:${encodeURIComponent(code)}` : 'about:blank';
}

export function problemOf(error: ProblemSource, options: ToProblemOptions = {}): ProblemDetails {
  // An error without an HTTP status (no response) gets the one its category maps to.
  const status = wireStatus(error.status, error.category);
  return {
    type: problemType(error.vendor, error.code, error.known),
    title: error.title,
    status,
    detail: publicMessage({ status, message: error.message, title: error.title, params: error.params }, options.expose),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    vendor: error.vendor,
    code: error.code,
    category: error.category,
    retryable: error.retryable,
    params: error.params,
    ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
    ...(error.details.length === 0
      ? {}
      : {
          errors: error.details.map((d) => ({
            code: d.code,
            detail: d.message,
            params: d.params,
            ...(d.path === undefined ? {} : { path: d.path }),
          })),
        }),
  };
}
