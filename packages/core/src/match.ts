import type { ErrsError } from './error.js';
import type { Listed, NotACode } from './type-messages.js';

type Known<E> = E extends { readonly known: true } ? E : never;
// No known variant gives no code (not `string`, what `infer` falls back to for `never`).
type KnownCode<E> = [Known<E>] extends [never] ? never : Known<E> extends { readonly code: infer C extends string } ? C : never;
type HasUnknown<E> = [Extract<E, { readonly known: false }>] extends [never] ? false : true;

/** One handler per code the error can have. */
export type ExhaustiveHandlers<E, R> = { [C in KnownCode<E>]: (error: Extract<Known<E>, { readonly code: C }>) => R };
/** Some handlers, and `_` for everything else. */
export type FallbackHandlers<E, R> = Partial<ExhaustiveHandlers<E, R>> & { _: (error: E) => R };

/**
 * Handlers for {@link match}: one per code, or some and `_`. When the error may carry a code the
 * catalog lacks (anything from the wire), `_` is required: new vendor codes must be handled too.
 */
export type Handlers<E, R> = HasUnknown<E> extends true ? FallbackHandlers<E, R> : ExhaustiveHandlers<E, R> | FallbackHandlers<E, R>;

/** The union of what the handlers return. */
export type HandlerResult<H> = { [K in keyof H]-?: H[K] extends (...args: never[]) => infer R ? R : never }[keyof H];

// What `match` infers the handlers against: every code's handler typed, `_` and any other key
// allowed, so that a mistake is judged by `MatchCheck` (which names it) rather than by inference.
type Draft<E> = Partial<ExhaustiveHandlers<E, unknown>> & { readonly _?: (error: E) => unknown };

/** An error of no catalog (a plain `ErrsError`): neither a known code nor a `known: false` variant. */
type IsPlain<E> = [KnownCode<E>] extends [never] ? (HasUnknown<E> extends true ? never : true) : never;

type Extra<E, H> = Exclude<keyof H, KnownCode<E> | '_'>;
type LeftOut<E, H> = Exclude<KnownCode<E>, keyof H>;

// Whether the handlers are right for the error: an error of a catalog, no key of another code, and
// every code handled or `_`. One relation of two unions each (no per-key instantiation): this is
// evaluated on every call, the sentences below only on a wrong one.
type Right<E, H> = [KnownCode<E>] extends [never]
  ? HasUnknown<E> extends true
    ? [keyof H] extends ['_']
      ? '_' extends keyof H
        ? true
        : false
      : false
    : false
  : [keyof H] extends [KnownCode<E> | '_']
    ? '_' extends keyof H
      ? true
      : HasUnknown<E> extends true
        ? false
        : [KnownCode<E>] extends [keyof H]
          ? true
          : false
    : false;

/** What is wrong with a `match` call, in words. */
export type MatchMistake<E, H> = [IsPlain<E>] extends [never]
  ? [Extra<E, H>] extends [never]
    ? HasUnknown<E> extends true
      ? 'match needs a `_` handler here: this error may carry a code the catalog lacks (known: false), as a newer vendor version may send'
      : `match leaves out ${Listed<LeftOut<E, H>>}: handle each, or add \`_\` for the codes left out`
    : NotACode<Extra<E, H> & string, KnownCode<E>, 'this error'>
  : 'match needs the error of one catalog, whose codes it knows (this is a plain ErrsError): narrow it with catalog.is(error) first, or type it as CatalogError<typeof catalog.errors>';

/**
 * `match`'s `this`, where its mistakes are told: nothing is asked of it when the call is right; when
 * it is wrong it must be a sentence naming the mistake, so the first line tsc prints is that
 * sentence, at the call (`The 'this' context of type 'void' is not assignable to ... '"match leaves
 * out ..."'`). Checked after inference (NoInfer), so it cannot disturb the typing of the handlers.
 */
export type MatchCheck<E, H> = NoInfer<Right<E, H> extends true ? unknown : MatchMistake<E, H>>;

/**
 * Exhaustive dispatch on an error's code. A code left out without `_` is a type error, and so is a
 * handler for a code the error cannot have (a typo, or a nested-only code); each says so in words.
 * Returns the union of what the handlers return.
 *
 * ```ts
 * const text = match(catalog.parse(body), {
 *   ConcurrentModification: (e) => `retry with version ${e.params.currentVersion}`,
 *   _: (e) => e.message,
 * });
 * ```
 */
export function match<E extends ErrsError, H extends Draft<E>>(this: MatchCheck<E, H>, error: E, handlers: H): HandlerResult<H> {
  type R = HandlerResult<H>;
  const table = handlers as Partial<Record<string, (error: E) => R>>;
  const handler = error.known && Object.hasOwn(table, error.code) ? table[error.code] : undefined;
  if (handler) return handler(error);
  if (table._) return table._(error);
  throw new TypeError(`match: no handler for ${error.vendor} error ${JSON.stringify(error.code)}`);
}
