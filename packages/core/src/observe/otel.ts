import type { Span, SpanStatusCode } from '@opentelemetry/api';
import { isErrsError, isErrsParseError } from '../brand.js';
import { publicMessage } from '../problem.js';
import { errorType } from './error-type.js';

/**
 * The attributes {@link errorAttributes} gives, named as OpenTelemetry's semantic conventions name
 * them (`error.type`, `http.response.status_code`) and, for what they do not name, under `errs.`.
 * Every value but `errs.request_id` has low cardinality.
 */
export type ErrorAttributes = {
  /** `<vendor>.<code>` (`connect.ConcurrentModification`), a class name, or `_OTHER`. */
  readonly 'error.type': string;
  /** The HTTP status of the response that carried the error; absent when none came. */
  readonly 'http.response.status_code'?: number;
  readonly 'errs.vendor'?: string;
  /** The google.rpc.Code of the error (`ABORTED`, `NOT_FOUND`, ...). */
  readonly 'errs.category'?: string;
  /** False for a code the catalog lacks. */
  readonly 'errs.known'?: boolean;
  readonly 'errs.retryable'?: boolean;
  /** Why a body was not the vendor's envelope (`not_json`, `shape`, ...), for an ErrsParseError. */
  readonly 'errs.parse_reason'?: string;
  /** The response's request id: one per request, so never on a metric. */
  readonly 'errs.request_id'?: string;
};

/** Options of {@link errorAttributes}. */
export interface ErrorAttributesOptions {
  /** Only attributes of bounded values, for a metric's data points: leaves out `errs.request_id`. */
  readonly metric?: boolean | undefined;
}

/**
 * An error's attributes by OpenTelemetry's semantic conventions, for a span, a metric or a log record
 * (whose event name is the same `error.type`): see {@link ErrorAttributes}. For an ErrsError
 * `error.type` is `<vendor>.<code>`: the code alone would count two vendors' `NotFound` as one, and
 * the conventions want one name per kind of error, like a class name. A code the catalog lacks keeps
 * its name when it reads as an identifier of up to 64 characters, else it is `_OTHER`. Any other
 * thrown value gets its class name (`TypeError`), or `_OTHER`.
 *
 * Never a param, a message, a body or a header: what a response carries beyond its code, status and
 * request id may be a person's data, and a message or param in an attribute makes every occurrence
 * its own series.
 */
export function errorAttributes(error: unknown, options: ErrorAttributesOptions = {}): ErrorAttributes {
  const type = errorType(error);
  try {
    if (isErrsError(error)) {
      return {
        'error.type': type,
        ...(error.status > 0 ? { 'http.response.status_code': error.status } : {}),
        'errs.vendor': error.vendor,
        'errs.category': error.category,
        'errs.known': error.known,
        'errs.retryable': error.retryable,
        ...(error.requestId === undefined || options.metric === true ? {} : { 'errs.request_id': error.requestId }),
      };
    }
    if (isErrsParseError(error)) {
      return {
        'error.type': type,
        ...(error.status === undefined ? {} : { 'http.response.status_code': error.status }),
        'errs.vendor': error.vendor,
        'errs.parse_reason': error.reason,
      };
    }
  } catch {
    // A hostile value that claims a brand and throws on reading: its type is all it gets.
  }
  return { 'error.type': type };
}

/** Options of {@link recordError}. */
export interface RecordErrorOptions {
  /**
   * The error was retried or handled and the operation went on: the conventions say not to record it
   * on the operation's span, so nothing is recorded (log it at a level below ERROR, if you want it).
   */
  readonly handled?: boolean | undefined;
  /**
   * The span is a server's (`SpanKind.SERVER`) and the error is what it answers: a 4xx is then the
   * client's mistake, not a failure of the server, and the conventions leave the status unset.
   */
  readonly server?: boolean | undefined;
}

// SpanStatusCode.ERROR, written out: the API package is only a type import, so its enum is no value here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- 2 is that member's value since API 1.0
const ERROR = 2 as SpanStatusCode.ERROR;

/**
 * Records a caught error on a span as OpenTelemetry's semantic conventions say: the span status
 * `Error`, its description the error's message, and {@link errorAttributes} (`error.type`,
 * `http.response.status_code`, `errs.*`). No span event (`recordException` is not recommended). An
 * ErrsError of a 5xx is described by its code's documented message, as it would be sent: its own
 * message may be internal. A bare status (a gateway page) gets no description: the status code says it.
 *
 * Returns whether it recorded: not for an error that was `handled` (retried, or handled so that the
 * operation completed), nor for a 4xx answered on a `server` span, nor on a span that is not recording.
 *
 * ```ts
 * try { await api.call() } catch (e) { recordError(span, e); throw e; }
 * ```
 */
export function recordError(span: Span, error: unknown, options: RecordErrorOptions = {}): boolean {
  if (options.handled === true || !span.isRecording()) return false;
  const attributes = errorAttributes(error);
  const status = attributes['http.response.status_code'];
  if (options.server === true && status !== undefined && status < 500) return false;
  span.setAttributes(attributes);
  const description = describe(error);
  span.setStatus(description === undefined ? { code: ERROR } : { code: ERROR, message: description });
  return true;
}

/**
 * The span status description: what the error says, as safe to show as what would be sent; none for
 * a bare status (a gateway page's `Service Unavailable`), which `http.response.status_code` says.
 */
function describe(error: unknown): string | undefined {
  try {
    if (isErrsError(error)) return !error.known && error.status > 0 && error.message === error.title ? undefined : publicMessage(error);
    const { message } = error as { message?: unknown };
    return typeof message === 'string' && message !== '' ? message : undefined;
  } catch {
    return undefined;
  }
}
