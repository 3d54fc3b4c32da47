import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Catalog } from '../catalog-type.js';
import type { ErrorHandlerOptions } from './handle.js';
import { bodyText, responseStatus } from '../http.js';
import { handle, report } from './handle.js';

export type { ErrorHandlerOptions, HandledError, HandledKind } from './handle.js';

/** A Fastify error handler, as `fastify.setErrorHandler` takes it. */
export type FastifyErrorHandler = (error: unknown, request: FastifyRequest, reply: FastifyReply) => void;

/**
 * A Fastify error handler that answers as the catalog's vendor does:
 * `fastify.setErrorHandler(errorHandler(catalog))`. An ErrsError of that vendor is sent as
 * `catalog.encode` says; an error with a `statusCode` of its own (a schema validation error, an
 * `FST_ERR_CTP_*` content-type or body-size error) keeps it, in the vendor's envelope; anything else
 * becomes the vendor's generic internal error, masked. Unless `onError` is given, each is logged on
 * `request.log` as Fastify's own handler does: `error` for 5xx, `info` for the rest.
 *
 * Set it on the root instance (or inside a plugin for that plugin's routes only: Fastify scopes error
 * handlers). `fastify` is only a type import.
 */
export function errorHandler(catalog: Catalog, options: ErrorHandlerOptions<FastifyRequest> = {}): FastifyErrorHandler {
  return (thrown, request, reply) => {
    const { kind, error, encoded } = handle(catalog, thrown, options);
    if (!report(options, { thrown, sent: error, kind, request })) {
      if (kind === 'internal' || error.status >= 500) request.log.error({ err: thrown }, `${catalog.vendor}: ${error.code}`);
      else request.log.info({ err: thrown }, `${catalog.vendor}: ${error.code}`);
    }
    if (reply.sent) return;
    void reply.code(responseStatus(encoded.status)).headers(encoded.headers).send(bodyText(encoded.body));
  };
}
