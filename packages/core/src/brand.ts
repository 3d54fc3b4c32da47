import type { ErrsError } from './error.js';
import type { ErrsParseError } from './parse-error.js';

// The brands, alone in their module, so that a guard costs a bundle almost nothing.
// Symbol.for: the same symbol in every copy of this package and every realm of the agent.

/** Brand of every ErrsError. */
export const ERROR_BRAND = Symbol.for('errs.ErrsError');
/** Brand of every ErrsParseError. */
export const PARSE_ERROR_BRAND = Symbol.for('errs.ErrsParseError');

/** Whether a value carries the brand; a value whose property reads throw (a hostile proxy) does not. */
function branded(value: unknown, brand: symbol): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[brand] === true;
  } catch {
    return false;
  }
}

/** True for an {@link ErrsError} of any copy of this package, in any realm. */
export function isErrsError(value: unknown): value is ErrsError {
  return branded(value, ERROR_BRAND);
}

/** True for an {@link ErrsParseError} of any copy of this package, in any realm. */
export function isErrsParseError(value: unknown): value is ErrsParseError {
  return branded(value, PARSE_ERROR_BRAND);
}

/**
 * What the prototype of each error class carries: its brand and name; the Error tag, so that
 * Object.prototype.toString (and so util.inspect and error reporters) reads every instance as an
 * Error; and a `stack` for instances built without Error's constructor (the parse path), which
 * read as "Name: message" like an error thrown with Error.stackTraceLimit = 0. Assigning a stack
 * works as on any error; real errors have their own.
 */
export function errorPrototype(prototype: object, name: string, brand: symbol): void {
  Object.defineProperty(prototype, brand, { value: true });
  Object.defineProperty(prototype, 'name', { value: name, writable: true, configurable: true });
  Object.defineProperty(prototype, Symbol.toStringTag, { value: 'Error', configurable: true });
  Object.defineProperty(prototype, 'stack', {
    get(this: Error) {
      return `${this.name}: ${this.message}`;
    },
    set(this: Error, value: unknown) {
      Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
  });
}

/**
 * A function that dresses an error class's prototype (see errorPrototype) the first time it runs,
 * and gives the class's light constructor (the parse path's) the same prototype. Every way of making
 * an instance calls it first, so the modules have no side effect at load and bundlers can drop a
 * class nobody makes (a guard alone, say).
 */
export function dresser(cls: { readonly prototype: object }, name: string, brand: symbol, light: { prototype: unknown }): () => void {
  let dressed = false;
  return () => {
    if (dressed) return;
    dressed = true;
    errorPrototype(cls.prototype, name, brand);
    light.prototype = cls.prototype;
  };
}

/**
 * The base class of an errs error class: an Error whose `instanceof` answers by the brand (`is`) for
 * the errs class (its direct subclass), so that it holds across copies of the package and realms,
 * and by prototype as usual for a user's subclass of that. Why a base class made here instead of a
 * `static [Symbol.hasInstance]` member in the errs class's body: a class body with that member is a
 * dictionary-mode function object, and V8 (Node 20) then never finishes optimising the class's
 * constructor, so every error would be made by unoptimised code. Set with defineProperty, the class
 * stays a fast object; made by a pure call, a bundle that makes no error drops it.
 */
export function brandedError(is: (value: unknown) => boolean): new (message?: string, options?: ErrorOptions) => Error {
  const Branded = class extends Error {};
  Object.defineProperty(Branded, Symbol.hasInstance, {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the class right of instanceof
    value(this: Function, value: unknown): boolean {
      return Object.getPrototypeOf(this) === Branded ? is(value) : Function.prototype[Symbol.hasInstance].call(this, value);
    },
    writable: true,
    configurable: true,
  });
  return Branded;
}
