import * as z4 from 'zod/v4/core';
import type { Category } from './categories.js';
import { categoryFromStatus, isCategory, wireStatus } from './categories.js';
import type { WireDetail, WireError, Envelope, ReadContext, WireView } from './envelope.js';
import { isMismatch, ownCopy } from './envelope.js';
import type { Guard, Picker } from './guard.js';
import { guardOf, pickerOf } from './guard.js';
import type { ErrsDetail, ErrsError, Params } from './error.js';
import { isErrsError, isErrsParseError } from './brand.js';
import { errorAt } from './error.js';
import type { Builders, FromErrorOptions, StatusInit } from './from-error.js';
import { fromError } from './from-error.js';
import type { HeadersLike } from './http.js';
import { bodyText, headerValue, readBounded, reasonPhrase, requestIdFrom, retryAfterMsFrom, responseStatus } from './http.js';
import type { InputLimits } from './input.js';
import { checkValue, decodeText, DEFAULT_MAX_BYTES } from './input.js';
import type { ErrsParseError } from './parse-error.js';
import { parseFailure, zodParse } from './parse-error.js';
import { readProblem } from './problem-read.js';
import type { RetryAdvice, RetryStrategy } from './retry.js';
import { defaultStrategy } from './retry.js';
import type { Site } from './stack.js';
import { captureAt, LATER, stackAt, traceAt } from './stack.js';
import type { Template } from './template.js';
import { fill, placeholders, prepare, render } from './template.js';

/** One documented error code of a vendor. Data only. */
export interface ErrorDef {
  /** HTTP status the vendor sends it with. */
  readonly status: number;
  /** The documented message; `{name}` placeholders name declared params. */
  readonly message: string;
  /** zod object schema of the code's parameters (zod classic or zod/mini). */
  readonly params?: z4.$ZodType;
  /** google.rpc.Code name. */
  readonly category: Category;
  /** What a client should do; defaults from the category. */
  readonly retry?: RetryStrategy;
  /** The vendor's own advice, in words. */
  readonly advice?: string;
  /** Longer documented description. */
  readonly description?: string;
  /** Appears only nested inside another error's details, never as the error of a response. */
  readonly nested?: boolean;
  /**
   * For a nested code: the top-level codes whose details carry it (`create` names them when asked
   * for the nested code). Left out: the top-level codes of the same status.
   */
  readonly carriedBy?: readonly string[];
  /** Where the code is documented, when not in the main reference (e.g. a newer page). */
  readonly source?: string;
}

/** A vendor's codes: code -> definition. */
export type ErrorDefs = Readonly<Record<string, ErrorDef>>;

/** Every code of a catalog. */
export type CodeOf<E extends ErrorDefs> = Extract<keyof E, string>;
/** Codes that can be the error of a response. */
export type TopCode<E extends ErrorDefs> = {
  [K in CodeOf<E>]: E[K] extends { readonly nested: true } ? never : K;
}[CodeOf<E>];
/** Codes that only appear nested in details. */
export type NestedCode<E extends ErrorDefs> = Exclude<CodeOf<E>, TopCode<E>>;

type Empty = Readonly<Record<string, never>>;
// `string extends CodeOf<E>`: the wide ErrorDefs of the plain `Catalog` type, whose codes may have
// any params. Without it, params of the wide type resolve to Empty, and no vendor catalog would be a
// `Catalog` (`const c: Catalog = connect.catalog` must compile).
/** Params of a code, as validated (what an error carries). */
export type ParamsOf<E extends ErrorDefs, C extends keyof E> = string extends CodeOf<E>
  ? Params
  : E[C] extends { readonly params: infer S extends z4.$ZodType }
    ? Readonly<z4.output<S>> & Params
    : Empty;
/** Params of a code, as `create` accepts them. */
export type ParamsInput<E extends ErrorDefs, C extends keyof E> = string extends CodeOf<E>
  ? Params
  : E[C] extends { readonly params: infer S extends z4.$ZodType }
    ? z4.input<S>
    : Empty;

/** An error of code C made by `create`: params complete. */
export type CreatedError<E extends ErrorDefs, C extends CodeOf<E>> = ErrsError<C, ParamsOf<E, C>> & { readonly known: true };
/** An error of code C from the wire: the vendor may leave out any param, so each is optional. */
export type KnownError<E extends ErrorDefs, C extends CodeOf<E>> = ErrsError<C, Partial<ParamsOf<E, C>>> & { readonly known: true };
/** An error whose code the catalog lacks (a new vendor code, or a status-only response). */
export type UnknownError = ErrsError & { readonly known: false };
/** Anything a catalog's `parse` can give: one variant per top-level code, or an unknown code. */
export type CatalogError<E extends ErrorDefs> = { [C in TopCode<E>]: KnownError<E, C> }[TopCode<E>] | UnknownError;

/** A nested error to put in `create`'s details, typed per code. */
export type DetailInput<E extends ErrorDefs> = {
  [C in CodeOf<E>]: { readonly code: C; readonly params?: ParamsInput<E, C>; readonly path?: string; readonly message?: string };
}[CodeOf<E>];

/** Options of `create`. */
export interface CreateOptions<E extends ErrorDefs> {
  /** A message other than the documented one (never sent for 5xx unless exposed). */
  readonly message?: string;
  readonly cause?: unknown;
  readonly details?: readonly DetailInput<E>[];
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  /** A status other than the documented one. */
  readonly status?: number;
}

/**
 * `create`'s options where any code may be given (the wide `Catalog`): the code is known at run
 * time only, so params are whatever the caller has, checked there by the code's schema.
 */
interface AnyCreateOptions extends Omit<CreateOptions<never>, 'details'> {
  readonly details?: readonly { readonly code: string; readonly params?: unknown; readonly path?: string; readonly message?: string }[];
}

type CreateArgs<E extends ErrorDefs, C extends CodeOf<E>> = Empty extends ParamsInput<E, C>
  ? [params?: ParamsInput<E, C>, options?: CreateOptions<E>]
  : [params: ParamsInput<E, C>, options?: CreateOptions<E>];

/**
 * `create`'s signature: typed per code. For the wide `Catalog` (any code), a plain method, whose
 * parameters compare bivariantly: so every vendor catalog's `create` fits it, and `Catalog` takes
 * any of them.
 */
type Create<E extends ErrorDefs> = string extends CodeOf<E>
  ? { create(code: string, params?: unknown, options?: AnyCreateOptions): ErrsError & { readonly known: true } }['create']
  : <C extends TopCode<E>>(code: C, ...args: CreateArgs<E, C>) => CreatedError<E, C>;

/** `get`'s signature: a code of the catalog has an entry; for the wide `Catalog`, any string may not. */
type Get<E extends ErrorDefs> = string extends CodeOf<E>
  ? { get(code: string): ErrorInfo | undefined }['get']
  : { get<C extends CodeOf<E>>(code: C): ErrorInfo<C>; get(code: string): ErrorInfo | undefined }['get'];

/** A code's entry, as `catalog.get` answers it. */
export interface ErrorInfo<C extends string = string> {
  readonly code: C;
  readonly status: number;
  /** Documented message template. */
  readonly message: string;
  /** Short summary of the code (RFC 9457 `title`): the message with every param-bound clause left out. */
  readonly title: string;
  readonly category: Category;
  readonly retryable: boolean;
  readonly retry: RetryAdvice;
  readonly description: string | undefined;
  readonly nested: boolean;
  readonly source: string | undefined;
  /** zod schema of the params, if the code has any. */
  readonly params: z4.$ZodType | undefined;
  /** Names of the message's placeholders. */
  readonly placeholders: readonly string[];
}

/** What the transport knows: `catalog.parse(body, { status, headers })`. */
export interface ParseInit extends InputLimits {
  readonly status?: number | undefined;
  readonly headers?: HeadersLike | undefined;
  /** Reject well-formed but inconsistent bodies, and params that fail their schema. Default false. */
  readonly strict?: boolean;
  /**
   * Capture a stack trace at the call (default true): errors are native errors that error trackers
   * group by their stack. `false` gives light errors without one, for bulk reading (logs, proxies).
   */
  readonly stack?: boolean;
}

/** Options of `fromResponse`. */
export interface FromResponseOptions extends InputLimits {
  readonly strict?: boolean;
  /** As in {@link ParseInit}: `false` gives light errors without a stack trace. */
  readonly stack?: boolean;
}

/** What `fromStatus` takes besides the status. */
export interface FromStatusInit {
  readonly headers?: HeadersLike | undefined;
  readonly cause?: unknown;
  readonly raw?: unknown;
  /** As in {@link ParseInit}: `false` gives a light error without a stack trace. */
  readonly stack?: boolean;
}

/** Options of `encode` and `toResponse`. */
export interface EncodeOptions {
  /** Send the own message of a 5xx error, which may be internal. Default false. */
  readonly expose?: boolean;
  /** Extra headers (sanitised like all others). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A wire response: status, headers and the body exactly as the vendor sends it. */
export interface Encoded {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Result of `safeParse`: never throws. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T; readonly error?: undefined }
  | { readonly success: false; readonly error: ErrsParseError; readonly data?: undefined };

/** A message table keyed by code (for instance a translation); `{name}` placeholders are filled. */
export type MessageTable = Readonly<Partial<Record<string, string>>>;

/**
 * Any errs catalog, or with type arguments one vendor's (what `defineCatalog` gives): the contract
 * every errs package follows. `const c: Catalog = connect.catalog` compiles, so helpers written for
 * any catalog take every one of them.
 *
 * Why two forms: TypeScript compares two instantiations of one interface by the measured variance of
 * its type parameters, and a catalog's codes are in both positions (`codes` lists them, `create`
 * takes them), so no vendor's `CatalogOf` would fit `CatalogOf<string, ErrorDefs>`. The wide form is
 * the same members as a plain object type, which TypeScript compares member by member.
 */
export type Catalog<V extends string = string, E extends ErrorDefs = ErrorDefs> = string extends CodeOf<E>
  ? { readonly [K in keyof CatalogOf<V, E>]: CatalogOf<V, E>[K] }
  : CatalogOf<V, E>;

/** The catalog of one vendor, typed by its codes: what `defineCatalog` gives (see {@link Catalog}). */
export interface CatalogOf<V extends string, E extends ErrorDefs> {
  /** The vendor id. */
  readonly vendor: V;
  /** Every documented code, nested ones included. */
  readonly codes: readonly CodeOf<E>[];
  /** The definitions, as declared. */
  readonly errors: E;
  /** The wire format. */
  readonly envelope: Envelope;
  /** The documented message of every code: the default message table. */
  readonly messages: Readonly<Record<CodeOf<E>, string>>;
  /** A code's entry, or undefined for a code the catalog lacks. */
  get: Get<E>;
  /** A new error of a code, its params checked by the code's schema (throws TypeError if they fail). */
  create: Create<E>;
  /** Status, headers and body exactly as the vendor sends this error. */
  encode(error: ErrsError, options?: EncodeOptions): Encoded;
  /** A web-standard Response carrying the encoded error. */
  toResponse(error: ErrsError, options?: EncodeOptions): Response;
  /** The error a body carries (object, JSON text or bytes). Throws ErrsParseError when it is not this vendor's envelope. */
  parse(input: unknown, init?: ParseInit): CatalogError<E>;
  /** Like `parse`, but never throws. */
  safeParse(input: unknown, init?: ParseInit): SafeParseResult<CatalogError<E>>;
  /**
   * The error a fetch Response carries. Never rejects because of the body: an empty, HTML, oversized
   * or foreign body gives a status-derived error with `known: false` and the reason as `cause`.
   */
  fromResponse(response: Response, options?: FromResponseOptions): Promise<CatalogError<E>>;
  /**
   * The error for whatever an HTTP client threw or returned: a fetch Response, the errors of axios,
   * ky, ofetch and got, openapi-fetch's `{ error, response }`, the vendor's own SDK errors, an
   * ErrsError of this vendor (given back as it is). With a response, the same error as
   * `fromResponse` of it (using the body the client already read, never reading one twice).
   * Without one (network failure, timeout, abort): `known: false`, status 0, category
   * `UNAVAILABLE`, `DEADLINE_EXCEEDED` or `CANCELLED`, the thrown value as `cause`; anything else
   * gives `known: false`, category `UNKNOWN`. Never rejects.
   */
  fromError(thrown: unknown, options?: FromErrorOptions): Promise<CatalogError<E>>;
  /** The error a status alone implies (`known: false`), for responses without a usable body. */
  fromStatus(status: number, init?: FromStatusInit): UnknownError;
  /** The error from its RFC 9457 form (as `toProblem` writes it). Throws ErrsParseError for other input. */
  fromProblem(problem: unknown, init?: Pick<ParseInit, 'stack'>): CatalogError<E>;
  /** Type guard: an ErrsError of this vendor (of that code, if given). */
  is(value: unknown): value is CatalogError<E>;
  is<C extends TopCode<E>>(value: unknown, code: C): value is KnownError<E, C>;
  /** An error's or detail's message from a table of your own (a translation), params filled in. */
  format(error: Pick<ErrsDetail, 'code' | 'message' | 'params'>, messages?: MessageTable): string;
  /** The code a server sends for an unexpected failure, as the definition names it (see {@link CatalogDefinition.internal}). */
  readonly internal?: TopCode<E> | undefined;
  /** The code a server sends for a bare status, as the definition names it (see {@link CatalogDefinition.byStatus}). */
  readonly byStatus?: StatusCodes<E> | undefined;
}

/** A top-level code per HTTP status: what a server sends for a bare status that several codes share. */
export type StatusCodes<E extends ErrorDefs> = Readonly<Partial<Record<number, TopCode<E>>>>;

/** The `{name}` placeholders of a message template, at the type level (identifiers only, as at run time). */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends '' | `${string}${' ' | '{' | '}' | '-' | '.'}${string}` | `${number}${string}` ? never : Name) | Placeholders<Rest>
  : never;

type ParamKeys<D> = D extends { readonly params: infer S extends z4.$ZodType } ? keyof z4.input<S> : never;
type Undeclared<D> = D extends { readonly message: infer M extends string } ? Exclude<Placeholders<M>, ParamKeys<D>> : never;

/** Makes a template placeholder without a declared param a compile error, naming the placeholder. */
export type CheckedErrors<E extends ErrorDefs> = {
  readonly [K in keyof E]: [Undeclared<E[K]>] extends [never] ? unknown : { readonly message: `placeholder {${Undeclared<E[K]> & string}} is not a declared param` };
};

/** What `defineCatalog` takes. */
export interface CatalogDefinition<V extends string, E extends ErrorDefs> {
  readonly vendor: V;
  readonly errors: E;
  readonly envelope: Envelope;
  /**
   * The vendor's generic internal error: what the error handlers (`@errs/core/express`, ...) send,
   * masked, for anything unexpected thrown. Without it they send the only top-level code of
   * status 500, or a status-only 500 when there is none or several.
   */
  readonly internal?: TopCode<E>;
  /**
   * The code to send for a status that a framework gives without a code of this vendor (a body
   * parser's 400): only needed where several top-level codes share that status.
   */
  readonly byStatus?: StatusCodes<E>;
}

interface Entry {
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

const EMPTY: Params = /* @__PURE__ */ Object.freeze({});
const NO_DETAILS: readonly ErrsDetail[] = /* @__PURE__ */ Object.freeze([]);
const categoryAdvice = /* @__PURE__ */ new Map<Category, RetryAdvice>();
function adviceFor(category: Category): RetryAdvice {
  let advice = categoryAdvice.get(category);
  if (!advice) categoryAdvice.set(category, (advice = Object.freeze({ strategy: defaultStrategy(category) })));
  return advice;
}

function shapeOf(schema: z4.$ZodType | undefined): Readonly<Record<string, z4.$ZodType>> | undefined {
  const def = schema?._zod.def as { type?: string; shape?: Record<string, z4.$ZodType> } | undefined;
  return def?.type === 'object' ? def.shape : undefined;
}

/** Whether an object schema keeps keys it does not declare (a loose object). */
function keepsExtraKeys(schema: z4.$ZodType | undefined): boolean {
  const catchall = (schema?._zod.def as { catchall?: z4.$ZodType } | undefined)?.catchall;
  return catchall !== undefined && ['unknown', 'any'].includes(catchall._zod.def.type);
}

function check(vendor: string, errors: ErrorDefs): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const problems: string[] = [];
  for (const code of Object.keys(errors)) {
    const def = errors[code]!;
    const shape = shapeOf(def.params);
    if (!Number.isInteger(def.status) || def.status < 100 || def.status > 599) problems.push(`${code}: status ${def.status} is not an HTTP status`);
    if (!isCategory(def.category)) problems.push(`${code}: category ${String(def.category)} is not a google.rpc.Code name`);
    const names = placeholders(def.message);
    for (const name of names) {
      if (!shape || !Object.hasOwn(shape, name)) problems.push(`${code}: placeholder {${name}} is not a declared param`);
    }
    const template = prepare(def.message);
    const strategy = def.retry ?? defaultStrategy(def.category);
    const retry: RetryAdvice = Object.freeze(def.advice === undefined ? { strategy } : { strategy, note: def.advice });
    const info: ErrorInfo = Object.freeze({
      code,
      status: def.status,
      message: def.message,
      title: fill(template, undefined),
      category: def.category,
      retryable: strategy === 'backoff',
      retry,
      description: def.description,
      nested: def.nested === true,
      source: def.source,
      params: def.params,
      placeholders: Object.freeze(names),
    });
    const defaults = shape !== undefined && Object.values(shape).some((field) => ['default', 'prefault'].includes(field._zod.def.type));
    const fields = Object.entries(shape ?? {}).map(([key, schema]) => [key, schema, guardOf(schema)] as const);
    const pick = pickerOf(fields.map(([key]) => key));
    entries.set(code, { def, info, template, shape, defaults, guard: def.params ? guardOf(def.params) : null, fields, pick, loose: keepsExtraKeys(def.params) });
  }
  for (const [code, { def }] of entries) {
    for (const carrier of def.carriedBy ?? []) {
      if (entries.get(carrier)?.info.nested !== false) problems.push(`${code}: carriedBy ${carrier} is not a top-level code`);
    }
  }
  if (problems.length > 0) throw new TypeError(`defineCatalog(${vendor}):\n  ${problems.join('\n  ')}`);
  return entries;
}

/** The top-level codes that carry a nested code: as declared, else those of its status. */
function carriersOf(entries: ReadonlyMap<string, Entry>, entry: Entry): string[] {
  if (entry.def.carriedBy) return [...entry.def.carriedBy];
  return [...entries].filter(([, e]) => !e.info.nested && e.def.status === entry.def.status).map(([code]) => code);
}

function issuesText(error: z4.$ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

/** Whether a thrown value is a parse error (a strict-mode rejection); a hostile value is not. */
function isOwnFailure(value: unknown): value is ErrsParseError {
  try {
    return isErrsParseError(value);
  } catch {
    return false;
  }
}

/** What was thrown, in words; a hostile value (throwing getters, a revoked proxy) gives its type. */
function thrownText(value: unknown): string {
  try {
    return value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  } catch {
    return typeof value;
  }
}

/**
 * Declares a vendor's catalog: its codes (data) and its envelope (wire format). Returns the
 * {@link Catalog} that parses, creates, encodes and recognises that vendor's errors.
 * A `{placeholder}` that is not a declared param is a compile error, and a TypeError at definition
 * time too (as are a bad status or category), so a catalog cannot be inconsistent.
 */
export function defineCatalog<const V extends string, const E extends ErrorDefs>(
  definition: CatalogDefinition<V, E> & { readonly errors: CheckedErrors<E> },
): CatalogOf<V, E> {
  const { vendor, errors, envelope, internal, byStatus } = definition;
  const entries = check(vendor, errors);
  for (const code of [internal, ...Object.values(byStatus ?? {})]) {
    if (code !== undefined && (entries.get(code) === undefined || entries.get(code)?.def.nested === true)) {
      throw new TypeError(`defineCatalog(${vendor}): ${JSON.stringify(code)} (internal or byStatus) is not a top-level code`);
    }
  }
  const codes = Object.freeze([...entries.keys()]) as readonly CodeOf<E>[];
  const messages = Object.freeze(Object.fromEntries([...entries].map(([code, e]) => [code, e.def.message]))) as Readonly<
    Record<CodeOf<E>, string>
  >;

  /** Params from the wire: valid ones kept, invalid or missing ones left out (never a failure). */
  function readParams(entry: Entry | undefined, value: Params | undefined, strictIssues?: z4.$ZodIssue[]): Params {
    if (!entry) return value === undefined ? EMPTY : ownCopy(value);
    const schema = entry.def.params;
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
        if (!entry.defaults) return result.data as Params;
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(result.data as Params)) if (Object.hasOwn(input, key)) out[key] = value;
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

  function readDetail(d: WireDetail, top: { readonly wire: WireError; readonly entry: Entry | undefined; readonly params: Params }): ErrsDetail {
    const entry = entries.get(d.code);
    // Envelopes whose first detail is the error itself (Connect's `errors[0]`) share its params.
    const same = d.params !== undefined && d.params === top.wire.params && entry === top.entry;
    const params = same ? top.params : readParams(entry, d.params);
    const message = d.message ?? (entry ? fill(entry.template, params) : d.code);
    return d.path === undefined
      ? { code: d.code, message, params, known: entry !== undefined }
      : { code: d.code, message, params, path: d.path, known: entry !== undefined };
  }

  function build(wire: WireError, raw: unknown, init: ParseInit, site: Site): CatalogError<E> {
    const found = entries.get(wire.code);
    const entry = found && !found.info.nested ? found : undefined;
    const strictIssues: z4.$ZodIssue[] | undefined = init.strict ? [] : undefined;
    const params = readParams(entry, wire.params, strictIssues);
    if (strictIssues && strictIssues.length > 0) {
      // Returned, not thrown: parseOrFail hands it to safeParse as its answer, which gives it its stack.
      return parseFailure(vendor, 'shape', `params of ${wire.code} do not fit its schema`, { issues: strictIssues, status: init.status }, site) as never;
    }
    const status = init.status ?? wire.status ?? entry?.def.status ?? 500;
    const category = entry ? entry.def.category : categoryFromStatus(status);
    return errorAt(
      {
        vendor,
        code: wire.code,
        status,
        message: wire.message ?? (entry ? fill(entry.template, params) : wire.code),
        title: entry ? entry.info.title : reasonPhrase(status),
        params,
        category,
        retry: entry ? entry.info.retry : adviceFor(category),
        details: wire.details === undefined || wire.details.length === 0 ? NO_DETAILS : wire.details.map((d) => readDetail(d, { wire, entry, params })),
        known: entry !== undefined,
        requestId: wire.requestId ?? requestIdFrom(init.headers),
        retryAfterMs: wire.retryAfterMs ?? retryAfterMsFrom(init.headers),
        raw,
      },
      site,
    ) as CatalogError<E>;
  }

  function decode(input: unknown, init: ParseInit, site: Site): { body: unknown; init: ParseInit } | ErrsParseError {
    let value = input;
    let context = init;
    if (typeof value === 'object' && value !== null && envelope.unwrap && !(value instanceof Uint8Array) && !(value instanceof ArrayBuffer)) {
      const unwrapped = envelope.unwrap(value);
      if (unwrapped) {
        value = unwrapped.body;
        context = { ...init, status: init.status ?? unwrapped.status, headers: init.headers ?? unwrapped.headers };
      }
    }
    if (value instanceof ArrayBuffer) value = new Uint8Array(value);
    if (value instanceof Uint8Array) {
      const max = context.maxBytes ?? DEFAULT_MAX_BYTES;
      if (value.byteLength > max) return parseFailure(vendor, 'too_large', `body is larger than ${max} bytes`, { status: context.status }, site);
      value = new TextDecoder().decode(value);
    }
    const decoded = typeof value === 'string' ? decodeText(value, context) : checkValue(value, context);
    if (!decoded.ok) return parseFailure(vendor, decoded.reason, decoded.message, { status: context.status, cause: decoded.cause }, site);
    return { body: decoded.value, init: context };
  }

  function parseOrFail(input: unknown, init: ParseInit, site: Site): CatalogError<E> | ErrsParseError {
    const decoded = decode(input, init, site);
    if (isErrsParseError(decoded)) return decoded;
    const context: ReadContext = { status: decoded.init.status, headers: decoded.init.headers, strict: decoded.init.strict === true };
    const wire = envelope.read(decoded.body, context);
    if (isMismatch(wire)) {
      const where = wire.issues[0];
      const at = where && where.path.length > 0 ? ` at ${where.path.map(String).join('.')}` : '';
      return parseFailure(vendor, 'shape', `not a ${vendor} error body: ${where?.message ?? 'shape mismatch'}${at}`, {
        issues: wire.issues,
        status: decoded.init.status,
      }, site);
    }
    return build(wire, decoded.body, decoded.init, site);
  }

  // The builders below (and parse, fromProblem, create) take the stack decision for every caller:
  // `stack: false` in the options gives light errors; otherwise the stack starts at the caller of
  // `site`, the public method the user called (each builder is its own site when called directly).

  function safeParse(input: unknown, init: ParseInit = {}, site: Exclude<Site, null> = safeParse): SafeParseResult<CatalogError<E>> {
    // The errors are built without a stack (LATER) and given one by the public method itself: here
    // when the user called safeParse (or for an async method's Trace), in parse when parse called.
    const at = init.stack === false ? null : LATER;
    let result: SafeParseResult<CatalogError<E>>;
    try {
      const read = parseOrFail(input, init, at);
      result = isErrsParseError(read) ? { success: false, error: read } : { success: true, data: read };
    } catch (cause) {
      // An ErrsParseError thrown while the envelope read the input is the answer as it is. Anything
      // else thrown there (its own code, or a hostile input's getters and proxies): say so, with the cause.
      if (isOwnFailure(cause)) return { success: false, error: cause };
      const what = thrownText(cause);
      result = { success: false, error: parseFailure(vendor, 'shape', `the ${vendor} envelope failed while reading the input (${what})`, { cause, status: init.status }, at) };
    }
    if (at !== null) {
      const error = result.success ? result.data : result.error;
      if (typeof site === 'function') captureAt(error, site); // not through stackAt: see captureAt
      else if (site !== LATER) stackAt(error, site);
    }
    return result;
  }

  function fromStatus(status: number, init: StatusInit = {}, site: Exclude<Site, null> = fromStatus): UnknownError {
    const category = init.category ?? categoryFromStatus(status);
    const error = errorAt(
      {
        vendor,
        code: init.code ?? `HTTP_${status}`,
        status,
        message: init.message ?? reasonPhrase(status),
        title: init.title ?? reasonPhrase(status),
        params: EMPTY,
        category,
        retry: adviceFor(category),
        known: false,
        requestId: requestIdFrom(init.headers),
        retryAfterMs: retryAfterMsFrom(init.headers),
        raw: init.raw,
        cause: init.cause,
      },
      init.stack === false ? null : LATER,
    ) as UnknownError;
    if (init.stack !== false) {
      if (typeof site === 'function') captureAt(error, site); // not through stackAt: see captureAt
      else if (site !== LATER) stackAt(error, site);
    }
    return error;
  }

  function create(code: string, params?: unknown, options: CreateOptions<E> = {}): ErrsError {
    const entry = entries.get(code);
    if (!entry) throw new TypeError(`${vendor}: unknown error code ${JSON.stringify(code)}`);
    if (entry.info.nested) {
      const carriers = carriersOf(entries, entry);
      throw new TypeError(
        `${vendor}: ${code} appears only nested in the details of ${carriers.join(', ') || 'another error'}; ` +
          `create one of those with { details: [{ code: ${JSON.stringify(code)} }] }`,
      );
    }
    let checked: Params = EMPTY;
    if (entry.def.params) {
      const result = z4.safeParse(entry.def.params, params ?? {});
      if (!result.success) throw new TypeError(`${vendor}: invalid params for ${code}: ${issuesText(result.error)}`, { cause: result.error });
      checked = result.data as Params;
    }
    const details = (options.details ?? []).map((d): ErrsDetail => {
      const dEntry = entries.get(d.code);
      if (!dEntry) throw new TypeError(`${vendor}: unknown detail code ${JSON.stringify(d.code)}`);
      let dParams: Params = EMPTY;
      if (dEntry.def.params) {
        const r = z4.safeParse(dEntry.def.params, d.params ?? {});
        if (!r.success) throw new TypeError(`${vendor}: invalid params for detail ${d.code}: ${issuesText(r.error)}`, { cause: r.error });
        dParams = r.data as Params;
      }
      return {
        code: d.code,
        message: d.message ?? fill(dEntry.template, dParams),
        params: dParams,
        ...(d.path === undefined ? {} : { path: d.path }),
        known: true,
      };
    });
    const documented = fill(entry.template, checked);
    const error = errorAt(
      {
        vendor,
        code,
        status: options.status ?? entry.def.status,
        message: options.message ?? documented,
        title: entry.info.title,
        params: checked,
        category: entry.def.category,
        retry: entry.info.retry,
        details,
        known: true,
        requestId: options.requestId,
        retryAfterMs: options.retryAfterMs,
        cause: options.cause,
      },
      LATER,
    );
    captureAt(error, create); // here, in the public method itself (see captureAt)
    return error;
  }

  /** What a 5xx error sends unless exposed (its own message may be internal): the code's documented message. */
  function documented(error: ErrsError): string {
    const entry = error.known ? entries.get(error.code) : undefined;
    return entry ? fill(entry.template, error.params) : error.title;
  }

  function encode(error: ErrsError, options: EncodeOptions = {}): Encoded {
    // An error without an HTTP status (no response) is sent with the one its category maps to.
    const status = wireStatus(error.status, error.category);
    const view: WireView = {
      vendor,
      code: error.code,
      status,
      message: status >= 500 && options.expose !== true ? documented(error) : error.message,
      params: error.params,
      details: error.details.map((d) => ({ code: d.code, message: d.message, params: d.params, path: d.path })),
      category: error.category,
      known: error.known,
      requestId: error.requestId,
      retryAfterMs: error.retryAfterMs,
    };
    const written = envelope.write(view);
    const headers: Record<string, string> = { 'content-type': envelope.contentType ?? 'application/json' };
    if (error.retryAfterMs !== undefined && error.retryAfterMs >= 0) headers['retry-after'] = String(Math.ceil(error.retryAfterMs / 1000));
    for (const source of [written.headers, options.headers]) {
      if (!source) continue;
      for (const name of Object.keys(source)) headers[name.toLowerCase()] = headerValue(source[name]!);
    }
    return { status: written.status ?? status, headers, body: written.body };
  }

  function parse(input: unknown, init?: ParseInit): CatalogError<E> {
    const result = safeParse(input, init, LATER);
    // The stack is captured here, in the public method itself (see captureAt).
    if (init?.stack !== false) captureAt(result.success ? result.data : result.error, parse);
    if (!result.success) throw result.error;
    return result.data;
  }

  /**
   * `site`: the stack of the user's call, taken before the first await (see traceAt); the builders
   * it calls give their errors that stack.
   */
  async function fromResponse(response: Response, options: FromResponseOptions = {}, given?: Exclude<Site, null>): Promise<CatalogError<E>> {
    const site = given ?? (options.stack === false ? fromResponse : traceAt(fromResponse));
    const init: ParseInit = { ...options, status: response.status, headers: response.headers };
    const at = { headers: response.headers, stack: options.stack };
    let text: string;
    try {
      const read = await readBounded(response.body, options.maxBytes ?? DEFAULT_MAX_BYTES);
      if (read.truncated) {
        const cause = parseFailure(vendor, 'too_large', `body is larger than ${options.maxBytes ?? DEFAULT_MAX_BYTES} bytes`, { status: response.status });
        return fromStatus(response.status, { ...at, cause, raw: read.text.slice(0, 4096) }, site);
      }
      text = read.text;
    } catch (cause) {
      return fromStatus(response.status, { ...at, cause }, site);
    }
    const result = safeParse(text, init, site);
    return result.success ? result.data : fromStatus(response.status, { ...at, cause: result.error, raw: text.slice(0, 4096) }, site);
  }

  function fromProblem(problem: unknown, init: Pick<ParseInit, 'stack'> = {}): CatalogError<E> {
    const at = init.stack === false ? null : fromProblem;
    const wire = readProblem(problem, vendor);
    if (isMismatch(wire)) {
      const where = wire.issues[0];
      const path = where && where.path.length > 0 ? ` at ${where.path.map(String).join('.')}` : '';
      throw parseFailure(vendor, 'shape', `not a problem+json of a ${vendor} error: ${where?.message ?? 'shape mismatch'}${path}`, { issues: wire.issues }, at);
    }
    return build(wire, problem, { status: wire.status }, at);
  }

  function fromErrorOf(thrown: unknown, options: FromErrorOptions = {}): Promise<CatalogError<E>> {
    // The user's stack, taken before the first await; every error fromError builds gets it.
    const site = options.stack === false ? fromErrorOf : traceAt(fromErrorOf);
    const builders: Builders<CatalogError<E>> = {
      vendor,
      safeParse: (input, init) => safeParse(input, init, site),
      fromStatus: (status, init) => fromStatus(status, init, site),
      isOwn: (error): error is ErrsError & CatalogError<E> => error.vendor === vendor,
    };
    return fromError(thrown, options, builders);
  }

  const catalog = {
    vendor,
    codes,
    errors,
    envelope,
    messages,
    internal,
    byStatus,
    get: (code: string) => entries.get(code)?.info,
    create,
    encode,
    toResponse(error: ErrsError, options?: EncodeOptions): Response {
      const { status, headers, body } = encode(error, options);
      return new Response(bodyText(body), { status: responseStatus(status), headers });
    },
    parse,
    safeParse,
    fromResponse,
    fromStatus,
    fromError: fromErrorOf,
    fromProblem,
    is(value: unknown, code?: string): boolean {
      if (!isErrsError(value) || value.vendor !== vendor) return false;
      if (code === undefined) return true;
      // A nested-only code is never the error itself, as the types say.
      return value.known && value.code === code && entries.get(code)?.info.nested === false;
    },
    format(error: Pick<ErrsDetail, 'code' | 'message' | 'params'>, table?: MessageTable): string {
      // A table's template is read, never compiled nor cached (see render); the catalog's own are prepared.
      const own = table?.[error.code];
      if (own !== undefined) return render(own, error.params);
      const entry = entries.get(error.code);
      return entry ? fill(entry.template, error.params) : error.message;
    },
  };
  return catalog as unknown as CatalogOf<V, E>;
}
