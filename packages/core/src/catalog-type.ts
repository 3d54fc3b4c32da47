// The type of a catalog (what `defineCatalog` gives) and of what its methods take and give.
import type * as z4 from 'zod/v4/core';
import type { ErrsDetail, ErrsError } from './error.js';
import type { Envelope } from './envelope.js';
import type { FromErrorOptions } from './from-error.js';
import type { HeadersLike } from './http.js';
import type { InputLimits } from './input.js';
import type { ErrsParseError } from './parse-error.js';
import type {
  CodeOf,
  Empty,
  ErrorDefs,
  ErrorInfo,
  NestedCode,
  ParamKeys,
  ParamsInput,
  ParamsOf,
  PlaceholderMistake,
  Placeholders,
  StatusCodes,
  TopCode,
} from './definition.js';
import type { NotACode } from './type-messages.js';

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
export interface AnyCreateOptions extends Omit<CreateOptions<never>, 'details'> {
  readonly details?: readonly { readonly code: string; readonly params?: unknown; readonly path?: string; readonly message?: string }[];
}

// A code without params takes its options second (`create(code, { cause })`); the long form
// `create(code, {}, options)` stays valid for code written for any code.
type CreateArgs<E extends ErrorDefs, C extends CodeOf<E>> = E[C] extends { readonly schema: z4.$ZodType }
  ? Empty extends ParamsInput<E, C>
    ? [params?: ParamsInput<E, C>, options?: CreateOptions<E>]
    : [params: ParamsInput<E, C>, options?: CreateOptions<E>]
  : [options?: CreateOptions<E>] | [params: Empty | undefined, options?: CreateOptions<E>];

/**
 * A top-level code as `create` and `is` take it: the code itself, or a sentence naming the mistake
 * (the nearest codes of a misspelt one; the carriers' way for a nested-only one). A string not yet
 * known (what an editor completes) is offered the codes.
 */
export type TopCodeArg<E extends ErrorDefs, C extends string, V extends string> = C extends TopCode<E>
  ? C
  : // NoInfer: inference never walks into the sentences, so a right call costs nothing for them.
    NoInfer<
      string extends C
        ? TopCode<E>
        : C extends NestedCode<E>
          ? `'${C}' appears only nested in another error's details: create that one with { details: [{ code: '${C}' }] }`
          : Completing<C, TopCode<E>> | NotACode<C, TopCode<E>, V>
    >;

/** Any code of the catalog as `get` takes it; a string that is not a literal (a code read at run time) too. */
export type CodeArg<E extends ErrorDefs, C extends string, V extends string> = C extends CodeOf<E>
  ? C
  : NoInfer<string extends C ? CodeOf<E> | (string & {}) : Completing<C, CodeOf<E>> | NotACode<C, CodeOf<E>, V>>;

// The codes a half-typed one starts (an editor offers them while the code is being typed).
type Completing<C extends string, Codes extends string> = Extract<Codes, `${C}${string}`>;

/**
 * `create`'s signature: typed per code. For the wide `Catalog` (any code), a plain method, whose
 * parameters compare bivariantly: so every vendor catalog's `create` fits it, and `Catalog` takes
 * any of them.
 */
type Create<E extends ErrorDefs, V extends string> = string extends CodeOf<E>
  ? { create(code: string, params?: unknown, options?: AnyCreateOptions): ErrsError & { readonly known: true } }['create']
  : <const C extends string>(
      code: TopCodeArg<E, C, V>,
      ...args: C extends TopCode<E> ? CreateArgs<E, C> : [params?: unknown, options?: CreateOptions<E>]
    ) => CreatedError<E, C & TopCode<E>>;

/**
 * `get`'s signature: a code of the catalog has an entry, a literal that is none is a compile error;
 * a string known at run time only may have none. For the wide `Catalog`, any string may not.
 */
type Get<E extends ErrorDefs, V extends string> = string extends CodeOf<E>
  ? { get(code: string): ErrorInfo | undefined }['get']
  : <const C extends string>(code: CodeArg<E, C, V>) => C extends CodeOf<E> ? ErrorInfo<C> : ErrorInfo | undefined;

/** What the transport knows: `catalog.parse(body, { status, headers })`. */
export interface ParseOptions extends InputLimits {
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
  /** As in {@link ParseOptions}: `false` gives light errors without a stack trace. */
  readonly stack?: boolean;
}

/** What `fromStatus` takes besides the status. */
export interface FromStatusOptions {
  readonly headers?: HeadersLike | undefined;
  readonly cause?: unknown;
  readonly raw?: unknown;
  /** As in {@link ParseOptions}: `false` gives a light error without a stack trace. */
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

/**
 * A message table keyed by code (for instance a translation); `{name}` placeholders are filled.
 * `MessageTable<typeof catalog.errors>` takes that catalog's codes only, each optional (a partial
 * table per locale falls back to the documented message); without a type argument, any key.
 */
export type MessageTable<E extends ErrorDefs = ErrorDefs> = string extends CodeOf<E>
  ? Readonly<Partial<Record<string, string>>>
  : { readonly [C in CodeOf<E>]?: string };

/** A table's keys whose template has a placeholder that is not one of the code's params. */
type UnsoundTemplates<E extends ErrorDefs, T> = {
  [K in keyof T & CodeOf<E>]: [Exclude<Placeholders<T[K] & string>, ParamKeys<E[K]>>] extends [never] ? never : K;
}[keyof T & CodeOf<E>];

/**
 * A message table as `format` takes it: itself when every key is a code and every template's
 * placeholders are that code's params; else, in place of each mistake, the sentence naming it. A
 * table read at run time (any string key, such as easydb's `readL10nCsv`) is taken as it is.
 */
export type MessagesArg<E extends ErrorDefs, T, V extends string> = string extends keyof T
  ? T
  : // `& MessageTable<E>`: an editor offers the catalog's codes as the table's keys.
    [keyof T] extends [CodeOf<E>]
    ? [UnsoundTemplates<E, T>] extends [never]
      ? T & MessageTable<E>
      : NoInfer<TableMistakes<E, T, V> & MessageTable<E>>
    : NoInfer<TableMistakes<E, T, V> & MessageTable<E>>;

type TableMistakes<E extends ErrorDefs, T, V extends string> = {
  readonly [K in keyof T]: K extends CodeOf<E>
    ? K extends UnsoundTemplates<E, T>
      ? PlaceholderMistake<
          Exclude<Placeholders<T[K] & string>, ParamKeys<E[K]>> & string,
          `this message for ${K}`,
          E[K],
          'use only its params'
        >
      : T[K]
    : NotACode<K & string, CodeOf<E>, V>;
};

/**
 * `format`'s signature: for a catalog typed by its codes, a table of its codes (see
 * {@link MessagesArg}); for the wide `Catalog`, any table.
 */
type Format<E extends ErrorDefs, V extends string> = string extends CodeOf<E>
  ? { format(error: Pick<ErrsDetail, 'code' | 'message' | 'params'>, messages?: MessageTable): string }['format']
  : <const T extends MessageTable = MessageTable>(error: Pick<ErrsDetail, 'code' | 'message' | 'params'>, messages?: MessagesArg<E, T, V>) => string;

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
  get: Get<E, V>;
  /** A new error of a code, its params checked by the code's schema (throws TypeError if they fail). */
  create: Create<E, V>;
  /** Status, headers and body exactly as the vendor sends this error. */
  encode(error: ErrsError, options?: EncodeOptions): Encoded;
  /** A web-standard Response carrying the encoded error. */
  toResponse(error: ErrsError, options?: EncodeOptions): Response;
  /** The error a body carries (object, JSON text or bytes). Throws ErrsParseError when it is not this vendor's envelope. */
  parse(input: unknown, init?: ParseOptions): CatalogError<E>;
  /** Like `parse`, but never throws. */
  safeParse(input: unknown, init?: ParseOptions): SafeParseResult<CatalogError<E>>;
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
  fromStatus(status: number, init?: FromStatusOptions): UnknownError;
  /** The error from its RFC 9457 form (as `toProblem` writes it). Throws ErrsParseError for other input. */
  fromProblem(problem: unknown, init?: Pick<ParseOptions, 'stack'>): CatalogError<E>;
  /** Type guard: an ErrsError of this vendor (of that code, if given). */
  is(value: unknown): value is CatalogError<E>;
  is<const C extends string>(value: unknown, code: TopCodeArg<E, C, V>): value is KnownError<E, C & TopCode<E>>;
  /** An error's or detail's message from a table of your own (a translation), params filled in. */
  format: Format<E, V>;
  /** The code a server sends for an unexpected failure, as the definition names it (see {@link CatalogDefinition.internal}). */
  readonly internal?: TopCode<E> | undefined;
  /** The code a server sends for a bare status, as the definition names it (see {@link CatalogDefinition.byStatus}). */
  readonly byStatus?: StatusCodes<E> | undefined;
}
