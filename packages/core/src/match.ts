import type { ErrsError } from './error.js';

type Known<E> = E extends { readonly known: true } ? E : never;
type KnownCode<E> = Known<E> extends { readonly code: infer C extends string } ? C : never;
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

/**
 * Exhaustive dispatch on an error's code. A code left out without `_` is a type error, and so is a
 * handler for a code the error cannot have (a typo, or a nested-only code). Returns the union of
 * what the handlers return.
 *
 * ```ts
 * const text = match(catalog.parse(body), {
 *   ConcurrentModification: (e) => `retry with version ${e.params.currentVersion}`,
 *   _: (e) => e.message,
 * });
 * ```
 */
export function match<E extends ErrsError, H extends Handlers<E, unknown>>(
  error: E,
  handlers: H,
  // Checked after inference, so it cannot disturb the typing of the handlers' parameters.
  ..._noExtra: [Exclude<keyof H, KnownCode<E> | '_'>] extends [never] ? [] : [`not a code of this error: ${Extract<Exclude<keyof H, KnownCode<E> | '_'>, string>}`]
): HandlerResult<H> {
  type R = HandlerResult<H>;
  const table = handlers as Partial<Record<string, (error: E) => R>>;
  const handler = error.known && Object.hasOwn(table, error.code) ? table[error.code] : undefined;
  if (handler) return handler(error);
  if (table._) return table._(error);
  throw new TypeError(`match: no handler for ${error.vendor} error ${JSON.stringify(error.code)}`);
}
