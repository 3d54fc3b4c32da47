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
 * class nobody makes (a guard alone, say). `more` adds what one class alone has.
 */
export function dresser(
  cls: { readonly prototype: object },
  name: string,
  brand: symbol,
  light: { prototype: unknown },
  more?: (prototype: object) => void,
): () => void {
  let dressed = false;
  return () => {
    if (dressed) return;
    dressed = true;
    errorPrototype(cls.prototype, name, brand);
    more?.(cls.prototype);
    light.prototype = cls.prototype;
  };
}

/**
 * A class's `[Symbol.hasInstance]`: `value instanceof Cls` answers by the brand (`is`), so that it
 * holds across copies of the package and realms; for a subclass, by its prototype as usual. Given as
 * a static field (`static [Symbol.hasInstance] = brandedInstanceof(is)`), neither as a static method
 * in the class body (which makes the class a dictionary-mode object, whose constructor V8 on Node 20
 * never finishes optimising) nor set by a call after the class (a top-level side effect, which keeps
 * the class and all it uses in every bundle, a guard-only one too).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the class or a subclass
export function brandedInstanceof(is: (value: unknown) => boolean): (this: Function, value: unknown) => boolean {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- the class or a subclass
  return function (this: Function, value: unknown): boolean {
    // The class itself has this field as an own property; a subclass inherits it.
    return Object.hasOwn(this, Symbol.hasInstance) ? is(value) : Function.prototype[Symbol.hasInstance].call(this, value);
  };
}
