// What a catalog's author writes (ErrorDef, CatalogDefinition), the types derived from it (codes,
// params), and what `get` answers of a code (ErrorInfo).
import type * as z4 from 'zod/v4/core';
import type { Category } from './categories.js';
import type { AnyParams } from './error.js';
import type { RetryAdvice } from './retry.js';
import type { Envelope } from './envelope.js';
import type { LastOf, Listed } from './type-messages.js';

/** One documented error code of a vendor. Data only. */
export interface ErrorDef {
  /** HTTP status the vendor sends it with. */
  readonly status: number;
  /** The documented message; `{name}` placeholders name declared params. */
  readonly message: string;
  /** zod object schema of the code's parameters (zod classic or zod/mini). */
  readonly schema?: z4.$ZodType;
  /** google.rpc.Code name. */
  readonly category: Category;
  /**
   * What a client should do: the strategy (default: the category's) and the vendor's own advice in
   * words. The same shape as the `retry` of `catalog.get(code)` and of an error, where both are set.
   */
  readonly retry?: Partial<RetryAdvice>;
  /** Appears only nested inside another error's details, never as the error of a response. */
  readonly nested?: boolean;
  /**
   * For a nested code: the top-level codes whose details carry it (`create` names them when asked
   * for the nested code). Left out: the top-level codes of the same status.
   */
  readonly carriedBy?: readonly string[];
}

/** A vendor's codes: code -> definition. */
export type ErrorDefs = Readonly<Record<string, ErrorDef>>;

/**
 * A catalog's documentation texts, code -> texts, apart from its {@link ErrorDefs} so that a client
 * bundle, which never shows them, leaves them out (each vendor's `@errs/<vendor>/docs`). A code the
 * catalog lacks is a compile error.
 */
export type ErrorDocs<E extends ErrorDefs> = {
  readonly [C in CodeOf<E>]?: {
    /** Longer documented description. */
    readonly description?: string;
    /** Where the code is documented, when not in the main reference (e.g. a newer page). */
    readonly source?: string;
  };
};

/** Every code of a catalog. */
export type CodeOf<E extends ErrorDefs> = Extract<keyof E, string>;
/** Codes that can be the error of a response. */
export type TopCode<E extends ErrorDefs> = {
  [K in CodeOf<E>]: E[K] extends { readonly nested: true } ? never : K;
}[CodeOf<E>];
/** Codes that only appear nested in details. */
export type NestedCode<E extends ErrorDefs> = Exclude<CodeOf<E>, TopCode<E>>;

/** The params of a code that has none. */
export type Empty = Readonly<Record<string, never>>;
// `string extends CodeOf<E>`: the wide ErrorDefs of the plain `Catalog` type, whose codes may have
// any params. Without it, params of the wide type resolve to Empty, and no vendor catalog would be a
// `Catalog` (`const c: Catalog = connect.catalog` must compile).
/** Params of a code, as validated (what an error carries). */
export type ParamsOf<E extends ErrorDefs, C extends keyof E> = string extends CodeOf<E>
  ? AnyParams
  : E[C] extends { readonly schema: infer S extends z4.$ZodType }
    ? Readonly<z4.output<S>> & AnyParams
    : Empty;
/** Params of a code, as `create` accepts them. */
export type ParamsInput<E extends ErrorDefs, C extends keyof E> = string extends CodeOf<E>
  ? AnyParams
  : E[C] extends { readonly schema: infer S extends z4.$ZodType }
    ? z4.input<S>
    : Empty;

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
  readonly nested: boolean;
  /** zod schema of the params, if the code has any (as declared: `ErrorDef.schema`). */
  readonly schema: z4.$ZodType | undefined;
  /** Names of the message's placeholders. */
  readonly placeholders: readonly string[];
}

/** A top-level code per HTTP status: what a server sends for a bare status that several codes share. */
export type StatusCodes<E extends ErrorDefs> = Readonly<Partial<Record<number, TopCode<E>>>>;

/** The `{name}` placeholders of a message template, at the type level (identifiers only, as at run time). */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends '' | `${string}${' ' | '{' | '}' | '-' | '.'}${string}` | `${number}${string}` ? never : Name) | Placeholders<Rest>
  : never;

/** The names of a code's params (keys of its schema's input); none without a schema. */
export type ParamKeys<D> = D extends { readonly schema: infer S extends z4.$ZodType } ? keyof z4.input<S> : never;
type Undeclared<D> = D extends { readonly message: infer M extends string } ? Exclude<Placeholders<M>, ParamKeys<D>> : never;
/** The codes whose message has a placeholder that no param declares. */
type Unsound<E extends ErrorDefs> = { [K in keyof E]: [Undeclared<E[K]>] extends [never] ? never : K }[keyof E];

type Braced<U extends string> = U extends unknown ? `{${U}}` : never;
/** What to say of a code's message whose placeholders are not all its params. */
export type UndeclaredPlaceholder<K extends PropertyKey, D> = PlaceholderMistake<
  Undeclared<D> & string,
  `the message of ${K & string}`,
  D,
  [Exclude<Undeclared<D>, LastOf<Undeclared<D>>>] extends [never] ? 'declare it in the schema, or take it out of the message' : 'declare them in the schema, or take them out of the message'
>;

/** `{a} in <where> is not a declared param (its params: b, c): <what to do>`. */
export type PlaceholderMistake<U extends string, Where extends string, D, Do extends string> = `${Listed<Braced<U>>} in ${Where} ${[Exclude<U, LastOf<U>>] extends [never] ? 'is not a declared param' : 'are not declared params'} (${[ParamKeys<D>] extends [never] ? 'it has no schema' : `its params: ${Listed<ParamKeys<D> & string>}`}): ${Do}`;

/**
 * The errors of a definition with each mistake in words: the message of a code whose `{placeholder}`
 * no param declares becomes the sentence naming it, so the compile error is at that message and says
 * which placeholder and which params.
 */
export type CheckedErrors<E extends ErrorDefs> = {
  readonly [K in keyof E]: K extends Unsound<E> ? { readonly [P in keyof E[K]]: P extends 'message' ? UndeclaredPlaceholder<K, E[K]> : E[K][P] } : E[K];
};

/**
 * What `defineCatalog` takes, checked: the definition itself when its placeholders are all declared
 * params; else the same with {@link CheckedErrors}. NoInfer: inference never walks into the
 * sentences, so a right definition costs nothing for them.
 */
export type CheckedDefinition<V extends string, E extends ErrorDefs> = [Unsound<E>] extends [never]
  ? CatalogDefinition<V, E>
  : NoInfer<Omit<CatalogDefinition<V, E>, 'errors'> & { readonly errors: CheckedErrors<E> }>;

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
