import type { ErrsError } from './error.js';
import type { ErrsParseError } from './parse-error.js';

// The brands, alone in their module, so that a guard costs a bundle almost nothing.
// Symbol.for: the same symbol in every copy of this package and every realm of the agent.

/** Brand of every ErrsError. */
export const ERROR_BRAND = Symbol.for('errs.ErrsError');
/** Brand of every ErrsParseError. */
export const PARSE_ERROR_BRAND = Symbol.for('errs.ErrsParseError');

const branded = (value: unknown, brand: symbol): boolean =>
  typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;

/** True for an {@link ErrsError} of any copy of this package, in any realm. */
export function isErrsError(value: unknown): value is ErrsError {
  return branded(value, ERROR_BRAND);
}

/** True for an {@link ErrsParseError} of any copy of this package, in any realm. */
export function isErrsParseError(value: unknown): value is ErrsParseError {
  return branded(value, PARSE_ERROR_BRAND);
}
