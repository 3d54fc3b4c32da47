// What an error is called where errors are counted and grouped (OpenTelemetry's `error.type`, a
// Sentry fingerprint): one low-cardinality name per kind of error, the same in every tool.
import { isErrsError } from '../brand.js';
import type { ErrsError } from '../error.js';

/** The conventions' fallback, for an error that has no usable name. */
export const OTHER = '_OTHER';

// A name fit to count by: an identifier of at most 64 characters. A vendor's codes are; a code the
// catalog lacks comes off the wire, and a broken or hostile server could send one per request.
const NAME = /^[\w.:-]{1,64}$/;

/**
 * The code as a low-cardinality name: a catalog's code as it is (the catalog is the list of them);
 * a code the catalog lacks (a new vendor code, `HTTP_502`, `UNAVAILABLE` when no response came) as
 * it is when it reads as an identifier, else {@link OTHER}.
 */
export function codeName(error: ErrsError): string {
  return error.known || NAME.test(error.code) ? error.code : OTHER;
}

/**
 * `<vendor>.<code>` for an ErrsError (see {@link codeName}), the class name for any other error
 * (`TypeError`, `ErrsParseError`, `AbortError`), {@link OTHER} for anything else thrown. Never throws:
 * a value whose property reads throw (a hostile Proxy) is {@link OTHER}.
 */
export function errorType(error: unknown): string {
  try {
    if (isErrsError(error)) return `${error.vendor}.${codeName(error)}`;
    if (typeof error !== 'object' || error === null) return OTHER;
    const { name } = error as { name?: unknown };
    // `class MyError extends Error {}` without a name of its own is still called 'Error': its class says more.
    const own = (error as { constructor?: { name?: unknown } }).constructor?.name;
    if (name === 'Error' && typeof own === 'string' && NAME.test(own)) return own;
    return typeof name === 'string' && NAME.test(name) ? name : OTHER;
  } catch {
    return OTHER;
  }
}
