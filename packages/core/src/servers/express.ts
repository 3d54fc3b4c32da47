import type { ErrorRequestHandler, Request } from 'express';
import type { Catalog } from '../catalog-type.js';
import type { ErrorHandlerOptions } from './handle.js';
import { bodyText, responseStatus } from '../http.js';
import { handle, report } from './handle.js';

export type { ErrorHandlerOptions, HandledError, HandledKind } from './handle.js';

/**
 * Express error middleware that answers as the catalog's vendor does: `app.use(errorHandler(catalog))`
 * after your routes. An ErrsError of that vendor is sent as `catalog.encode` says; an error with a
 * status of its own (`express.json()`'s 400 and 413) keeps it, in the vendor's envelope; anything
 * else becomes the vendor's generic internal error, masked. Masked errors are logged with
 * `console.error` unless `onError` is given; the original is also on `res.locals.errsThrown`.
 * Once headers are sent it still calls `onError`, then hands the error to Express (`next(err)`), which
 * closes the connection.
 *
 * Works with Express 4 and 5; `express` is only a type import.
 */
export function errorHandler(catalog: Catalog, options: ErrorHandlerOptions<Request> = {}): ErrorRequestHandler {
  // Four parameters: that is how Express tells an error handler from a middleware.
  return (thrown: unknown, req, res, next) => {
    const { kind, error, encoded } = handle(catalog, thrown, options);
    res.locals.errsThrown = thrown;
    const reported = report(options, { thrown, sent: error, kind, request: req });
    if (res.headersSent) {
      // Too late for a body of ours: Express closes the connection (and logs, unless onError did).
      next(thrown);
      return;
    }
    if (!reported && (kind === 'internal' || error.status >= 500)) console.error(thrown);
    res.status(responseStatus(encoded.status)).set(encoded.headers).send(bodyText(encoded.body));
  };
}
