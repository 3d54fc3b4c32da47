import type { Category } from './categories.js';
import { categoryFromStatus, isCategory } from './categories.js';
import type { ProblemDetails, ToProblemOptions } from './problem.js';
import { problemOf, publicMessage } from './problem.js';
import type { RetryAdvice } from './retry.js';
import { defaultStrategy, isRetryable } from './retry.js';

import { brandedInstanceof, dresser, ERROR_BRAND as BRAND, isErrsError } from './brand.js';
import type { Site } from './stack.js';
import { withStack } from './stack.js';
import { render } from './template.js';

/**
 * The params of an error of any code: plain data. A vendor's `Params<C>` (and {@link ParamsOf}) are
 * those of one code, typed by its schema.
 */
export type AnyParams = Readonly<Record<string, unknown>>;

/** A nested error carried by a response (a validation failure of one field, one of several errors). */
export interface ErrsDetail<C extends string = string, P extends AnyParams = AnyParams> {
  readonly code: C;
  readonly message: string;
  readonly params: P;
  /** The field, attribute or element the detail is about, as the vendor names it. */
  readonly path?: string;
  /** False when the catalog does not know this code. */
  readonly known: boolean;
}

/** Everything an {@link ErrsError} is made of; what `toJSON` writes and `fromJSON` reads. */
export interface ErrsErrorData<C extends string = string, P extends AnyParams = AnyParams> {
  readonly vendor: string;
  readonly code: C;
  readonly status: number;
  readonly message: string;
  readonly title?: string;
  readonly params: P;
  readonly category: Category;
  readonly retry: RetryAdvice;
  readonly details?: readonly ErrsDetail[];
  readonly known: boolean;
  readonly requestId?: string | undefined;
  readonly retryAfterMs?: number | undefined;
  readonly raw?: unknown;
  readonly cause?: unknown;
}

/**
 * An error of a vendor's API, typed by its catalog.
 *
 * Recognise one with {@link isErrsError} (or `instanceof`, which uses the same brand): both work
 * across copies of this package and across realms.
 */
export class ErrsError<C extends string = string, P extends AnyParams = AnyParams> extends Error {
  declare readonly [BRAND]: true;
  /** Vendor id of the catalog the error belongs to (`'connect'`, `'omnia'`, ...). */
  declare readonly vendor: string;
  /** The vendor's error code. */
  declare readonly code: C;
  /** HTTP status of the response that carries (or will carry) the error. */
  declare readonly status: number;
  /** Short summary of the code that does not change between occurrences: its documented message template. */
  declare readonly title: string;
  /** The code's parameters, validated by its zod schema. */
  declare readonly params: P;
  /** The google.rpc.Code this error maps to. */
  declare readonly category: Category;
  /** Whether sending the same request again after a delay may succeed (see {@link retryDelay}). */
  declare readonly retryable: boolean;
  /** What to do about it: the strategy, and the vendor's own words (`note`) where it gives some. */
  declare readonly retry: RetryAdvice;
  /** Nested errors of the response, each with code, message, params and field path. */
  declare readonly details: readonly ErrsDetail[];
  /** False when the code is not in the catalog (a new vendor code, or a status-only response). */
  declare readonly known: boolean;
  /** The request or error id the response carried, if any. */
  declare readonly requestId: string | undefined;
  /** How long the server asked the client to wait before retrying, in ms. */
  declare readonly retryAfterMs: number | undefined;
  /** The decoded body the error was parsed from (undefined for errors made with `create`). */
  declare readonly raw: unknown;

  /** Prefer `catalog.create` or `catalog.parse`; this constructor takes the finished data. */
  constructor(data: ErrsErrorData<C, P>) {
    dress(); // before super(): the stack's header reads the prototype's name
    super(data.message, data.cause === undefined ? undefined : { cause: data.cause });
    assign(this, data);
  }

  /** `instanceof ErrsError` holds for errors of any copy of the package, in any realm (see brandedInstanceof). */
  static override readonly [Symbol.hasInstance] = /* @__PURE__ */ brandedInstanceof(isErrsError);

  /** RFC 9457 problem details for this error: safe to send (no stack, no cause). */
  toProblem(options?: ToProblemOptions): ProblemDetails {
    return problemOf(this, options);
  }

  /**
   * The error as plain JSON data, no stack: what `JSON.stringify` writes, and so what a JSON logger, an
   * error tracker or `res.json({ error })` gets. By default it is as safe to log or send as
   * `toProblem()`: no `raw` (the body it was parsed from, untrusted and unbounded) and, for a 5xx, the
   * code's documented message instead of its own, no details and no cause (all may be internal; a
   * vendor's first detail is often the error itself). `{ raw: true,
   * expose: true }` gives every field, from which {@link fromJSON} gives the error back.
   */
  toJSON(options?: ToJSONOptions | string): ErrsErrorJSON<C, P> {
    // JSON.stringify calls toJSON(key): a string is not options.
    const { raw = false, expose = false } = typeof options === 'object' && options !== null ? options : {};
    // A 5xx's own words (message, details' messages, cause) may be internal: out unless exposed.
    const open = expose || this.status < 500;
    const cause = open ? this.cause : undefined;
    return {
      name: 'ErrsError',
      vendor: this.vendor,
      code: this.code,
      status: this.status,
      message: publicMessage(this, expose),
      title: this.title,
      params: this.params,
      category: this.category,
      retryable: this.retryable,
      retry: this.retry,
      details: open ? this.details : [],
      known: this.known,
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
      ...(raw && this.raw !== undefined ? { raw: this.raw } : {}),
      ...(cause === undefined ? {} : { cause: causeToJSON(cause, { raw, expose }) }),
    };
  }
}

/** Options of {@link ErrsError.toJSON}. */
export interface ToJSONOptions {
  /** Include `raw`, the decoded body the error was parsed from. Default false. */
  readonly raw?: boolean | undefined;
  /** Include a 5xx error's own message, details and cause, which may be internal. Default false. */
  readonly expose?: boolean | undefined;
}

/** The JSON form of an {@link ErrsError}. */
export interface ErrsErrorJSON<C extends string = string, P extends AnyParams = AnyParams> extends ErrsErrorData<C, P> {
  readonly name: 'ErrsError';
  readonly retryable: boolean;
  readonly details: readonly ErrsDetail[];
}

// One field order for both ways of building an error, so that every ErrsError has one shape.
function assign<C extends string, P extends AnyParams>(e: ErrsError<C, P>, data: ErrsErrorData<C, P>): void {
  const w = e as { -readonly [K in keyof ErrsError<C, P>]: ErrsError<C, P>[K] };
  w.vendor = data.vendor;
  w.code = data.code;
  w.status = data.status;
  w.title = data.title ?? data.code;
  w.params = data.params;
  w.category = data.category;
  w.retry = data.retry;
  w.retryable = isRetryable(data.retry.strategy);
  w.details = data.details ?? [];
  w.known = data.known;
  w.requestId = data.requestId;
  w.retryAfterMs = data.retryAfterMs;
  w.raw = data.raw;
}

/**
 * The error a catalog gives: a native ErrsError whose stack starts at the caller of `site` (the
 * public method the user called), or, for `site === null` (`{ stack: false }`), a light one.
 */
export function errorAt<C extends string, P extends AnyParams>(data: ErrsErrorData<C, P>, site: Site): ErrsError<C, P> {
  return site === null ? lightError(data) : (withStack(newError, data, site) as ErrsError<C, P>);
}

const newError = (data: ErrsErrorData): ErrsError => new ErrsError(data);

/**
 * An ErrsError built without running Error's constructor: what `{ stack: false }` gives, for bulk
 * reading (logs, proxies). V8 spends microseconds capturing a stack trace, several times a
 * JSON.parse of a small body. It is a full ErrsError (prototype, brand, fields, methods,
 * `instanceof Error`); only native-error checks of the engine (`util.types.isNativeError`) tell it
 * apart, and its `stack` is the header line alone.
 */
export function lightError<C extends string, P extends AnyParams>(data: ErrsErrorData<C, P>): ErrsError<C, P> {
  dress();
  return new (LightError as unknown as new (data: ErrsErrorData<C, P>) => ErrsError<C, P>)(data);
}

// A plain constructor sharing ErrsError's prototype: V8 gives its instances one fast shape. `message`
// is an ordinary own property here (defineProperty would cost more than the whole parse); `cause`,
// rare on the wire, is non-enumerable as on native errors.
function LightError(this: ErrsErrorData & { message: string }, data: ErrsErrorData): void {
  this.message = data.message;
  assign(this as unknown as ErrsError, data);
  if (data.cause !== undefined) Object.defineProperty(this, 'cause', { value: data.cause, writable: true, configurable: true, enumerable: false });
}

// What Node's util.inspect (console.log, console.error, an uncaught error's report) asks an object
// for: a registered symbol, so no Node module is imported and other runtimes ignore it.
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

const dress = /* @__PURE__ */ dresser(ErrsError, 'ErrsError', BRAND, LightError, (prototype) => {
  Object.defineProperty(prototype, INSPECT, { value: inspectError, writable: true, configurable: true });
});

type Inspect = (value: unknown, options?: object) => string;

/**
 * An ErrsError as util.inspect shows it: a header in Node's form for coded errors (`TypeError
 * [ERR_X]: ...`), `ErrsError [connect ConcurrentModification]: <message>`, then the stack's frames and
 * the fields one looks for (status, category, retryable, known, request id, retry-after, params,
 * details, cause). Not `raw`: the whole body, untrusted and unbounded, is not for a log line.
 */
function inspectError(this: ErrsError, depth: number, options: { readonly depth?: number | null }, inspect?: Inspect): string {
  const { name, message, stack, cause } = this;
  const plain = `${name}: ${message}`;
  const text = String(stack);
  const at = text.indexOf('\n    at ');
  const head = `${name} [${this.vendor} ${this.code}]: ${message}${text.startsWith(plain) ? text.slice(plain.length) : at < 0 ? '' : text.slice(at)}`;
  if (depth < 0 || typeof inspect !== 'function') return head;
  // Its own fields as Node shows any error's, less raw and what the header says; the cause as itself.
  const { raw: _raw, vendor: _vendor, code: _code, title: _title, retry: _retry, message: _message, ...fields } = this;
  return `${head} ${inspect(cause === undefined ? fields : { ...fields, cause }, { ...options, depth: options.depth == null ? options.depth : options.depth - 1 })}`;
}

function causeToJSON(cause: unknown, options: ToJSONOptions): unknown {
  if (isErrsError(cause)) return cause.toJSON(options);
  if (cause instanceof Error) return { name: cause.name, message: cause.message };
  return cause;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The error back from its `toJSON()` form (for instance after crossing a worker or process boundary):
 * every field from `toJSON({ raw: true, expose: true })`, the safe ones from `toJSON()`, which has no
 * `raw` and a 5xx's documented message. Throws a TypeError when `json` is not such a form.
 */
export function fromJSON<C extends string = string, P extends AnyParams = AnyParams>(json: unknown): ErrsError<C, P> {
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  if (
    !isRecord(value) ||
    typeof value.vendor !== 'string' ||
    typeof value.code !== 'string' ||
    typeof value.status !== 'number' ||
    typeof value.message !== 'string'
  ) {
    throw new TypeError('fromJSON: not the JSON form of an ErrsError');
  }
  const category = isCategory(value.category) ? value.category : categoryFromStatus(value.status);
  const retry =
    isRecord(value.retry) && typeof value.retry.strategy === 'string'
      ? (value.retry as unknown as RetryAdvice)
      : { strategy: defaultStrategy(category) };
  let cause = value.cause;
  if (isRecord(cause) && cause.name === 'ErrsError') cause = fromJSON(cause);
  return new ErrsError<C, P>({
    vendor: value.vendor,
    code: value.code as C,
    status: value.status,
    message: value.message,
    // A title from input is read, never compiled nor cached (see render), and shows no raw `{name}`.
    ...(typeof value.title === 'string' ? { title: render(value.title, isRecord(value.params) ? value.params : undefined) } : {}),
    params: (isRecord(value.params) ? value.params : {}) as P,
    category,
    retry,
    details: Array.isArray(value.details) ? (value.details as ErrsDetail[]) : [],
    known: value.known === true,
    requestId: typeof value.requestId === 'string' ? value.requestId : undefined,
    retryAfterMs: typeof value.retryAfterMs === 'number' ? value.retryAfterMs : undefined,
    raw: value.raw,
    cause,
  });
}
