import type { Context, ErrorHandler } from 'hono';
import type { Catalog } from '../catalog-type.js';
import type { ErrorHandlerOptions } from './handle.js';
import { bodyText, responseStatus } from '../http.js';
import { handle, report } from './handle.js';

export type { ErrorHandlerOptions, HandledError, HandledKind } from './handle.js';

type StatusCode = Parameters<Context['status']>[0];

/** Headers of an `HTTPException`'s own response that describe its body, which is not the one sent. */
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding']);

/**
 * A Hono error handler that answers as the catalog's vendor does: `app.onError(errorHandler(catalog))`.
 * An ErrsError of that vendor is sent as `catalog.encode` says; an `HTTPException` (or another error
 * with a status of its own) keeps its status, in the vendor's envelope, with the headers of its own
 * `res` (a `WWW-Authenticate`, say) but not its body; anything else becomes the vendor's generic
 * internal error, masked. Masked errors are logged with `console.error` (as Hono's default handler
 * does) unless `onError` is given.
 *
 * Runs wherever Hono runs (Node, Bun, Deno, Workers); `hono` is only a type import.
 */
export function errorHandler(catalog: Catalog, options: ErrorHandlerOptions<Context['req']> = {}): ErrorHandler {
  return (thrown: unknown, c) => {
    const { kind, error, encoded } = handle(catalog, thrown, options);
    if (!report(options, { thrown, sent: error, kind, request: c.req }) && (kind === 'internal' || error.status >= 500)) {
      console.error(thrown);
    }
    const headers: Record<string, string> = {};
    const own = kind === 'status' ? ownResponse(thrown) : undefined;
    own?.headers.forEach((value, name) => {
      if (!BODY_HEADERS.has(name)) headers[name] = value;
    });
    Object.assign(headers, encoded.headers);
    // c.newResponse keeps the headers middleware set before the throw (CORS, say), as Hono's own handler does.
    return c.newResponse(bodyText(encoded.body), responseStatus(encoded.status) as StatusCode, headers);
  };
}

/** The `res` an `HTTPException` was made with, if any. */
function ownResponse(thrown: unknown): Response | undefined {
  const res = (thrown as { res?: unknown }).res;
  return res instanceof Response ? res : undefined;
}
