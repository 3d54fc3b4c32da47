import { isErrsError, isErrsParseError } from '../brand.js';
import type { Catalog, Encoded, EncodeOptions } from '../catalog-type.js';
import type { ErrsError } from '../error.js';

/**
 * How an error handler treated what was thrown:
 * - `vendor`: an ErrsError of the catalog's vendor, sent as `catalog.encode` says;
 * - `status`: an error with an HTTP status of its own (a body parser's 400), sent with that status
 *   in the vendor's envelope;
 * - `internal`: anything else, sent as the vendor's generic internal error, masked.
 */
export type HandledKind = 'vendor' | 'status' | 'internal';

/** What an error handler tells `onError`: the thrown value and what was sent for it. */
export interface HandledError<Request = unknown> {
  /** What was thrown, as thrown (stack, cause and message intact): for your logger. */
  readonly thrown: unknown;
  /** The error sent (for `status` and `internal`, the original is its `cause`). */
  readonly sent: ErrsError;
  readonly kind: HandledKind;
  /** The framework's request. */
  readonly request: Request;
}

/** Options every error handler takes. */
export interface ErrorHandlerOptions<Request = unknown> {
  /**
   * Called with every handled error, before the response is sent. When given, it replaces the
   * handler's own logging (Express and Hono: `console.error` of masked errors; Fastify:
   * `request.log`), so log there what you want logged. Whatever it throws is ignored.
   */
  readonly onError?: ((handled: HandledError<Request>) => void) | undefined;
  /** Passed to `catalog.encode` for errors of the catalog's vendor: send a 5xx error's own message. */
  readonly expose?: boolean | undefined;
}

/** The outcome of one thrown value: what to send, and why. */
export interface Handled {
  readonly kind: HandledKind;
  readonly error: ErrsError;
  readonly encoded: Encoded;
}

/**
 * The HTTP status an error carries of its own (`status` or `statusCode`, 400-599), as body-parser,
 * http-errors, Fastify and Hono's `HTTPException` set it; undefined for anything else. An error with
 * a `response` is an HTTP client's error about another service (axios, got, ky), not about this
 * request, so its status is not this response's.
 */
export function ownStatus(thrown: unknown): number | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  try {
    if (isErrsError(thrown) || isErrsParseError(thrown)) return undefined;
    const e = thrown as { status?: unknown; statusCode?: unknown; response?: unknown };
    if (typeof e.response === 'object' && e.response !== null) return undefined;
    const status = Number.isInteger(e.status) ? e.status : e.statusCode;
    return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status <= 599 ? status : undefined;
  } catch {
    return undefined; // a throwing getter: nothing to trust
  }
}

/**
 * The code a catalog sends for a bare status: the one its definition declares in `byStatus`, else
 * the only top-level code documented with that status (for 500, `internal` first); undefined when
 * none or several share it.
 */
export function codeForStatus(catalog: Catalog, status: number): string | undefined {
  const declared = catalog.byStatus?.[status] ?? (status === 500 ? catalog.internal : undefined);
  if (declared !== undefined) return declared;
  let found: string | undefined;
  for (const code of catalog.codes) {
    const info = catalog.get(code);
    if (info === undefined || info.nested || info.status !== status) continue;
    if (found !== undefined) return undefined;
    found = code;
  }
  return found;
}

/** An error of a code that needs no params, or undefined (no code, or one that needs params no handler can know). */
function tryCreate(catalog: Catalog, code: string | undefined, options: { readonly status?: number; readonly cause: unknown }): ErrsError | undefined {
  if (code === undefined) return undefined;
  try {
    return catalog.create(code, undefined, options);
  } catch {
    return undefined;
  }
}

/**
 * The code of a catalog's generic internal error: the one its definition names in `internal`, else
 * the only top-level code documented with status 500; undefined when none or several.
 */
export function internalCode(catalog: Catalog): string | undefined {
  return catalog.internal ?? codeForStatus(catalog, 500);
}

/**
 * What an error handler sends for a thrown value (the logic the three adapters share): an ErrsError
 * of the catalog's vendor as it is; an error with a status of its own with that status, as the code
 * {@link codeForStatus} picks (or status-only); anything else as the vendor's generic internal error
 * with that code's documented status (AyaNova's is a 503), or a status-only 500. Both are built from
 * a code alone, so no message, stack or cause of the original reaches the wire; the original is
 * their `cause`.
 */
export function handle(catalog: Catalog, thrown: unknown, options: Pick<ErrorHandlerOptions, 'expose'> = {}): Handled {
  if (isOwn(catalog, thrown)) return { kind: 'vendor', error: thrown, encoded: catalog.encode(thrown, { expose: options.expose === true }) };
  const status = ownStatus(thrown);
  const cause = { cause: thrown };
  const error =
    status === undefined
      ? (tryCreate(catalog, internalCode(catalog), cause) ?? catalog.fromStatus(500, cause))
      : (tryCreate(catalog, codeForStatus(catalog, status), { status, cause: thrown }) ?? catalog.fromStatus(status, cause));
  return { kind: status === undefined ? 'internal' : 'status', error, encoded: catalog.encode(error, noExpose) };
}

/** `catalog.is`, false where a hostile thrown value (a Proxy) makes it throw: that one is masked. */
function isOwn(catalog: Catalog, thrown: unknown): thrown is ErrsError {
  try {
    return catalog.is(thrown);
  } catch {
    return false;
  }
}

const noExpose: EncodeOptions = { expose: false };



/** Calls `onError` if given; true when it was given (so the adapter skips its own logging). */
export function report<Request>(options: ErrorHandlerOptions<Request>, handled: HandledError<Request>): boolean {
  if (!options.onError) return false;
  try {
    options.onError(handled);
  } catch {
    // a failing logger must not keep the client from its response
  }
  return true;
}
