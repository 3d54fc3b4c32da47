// @errs/connect/sdk: commercetools' own client (@commercetools/ts-client, under the platform SDK too),
// every failing call rejecting with this catalog's error. The client is only a type import.
import type { ErrorHandlerOptions, Middleware, MiddlewareResponse } from '@commercetools/ts-client';
import type { ClientOptions, Trace } from '@errs/core/client';
import { captureTrace, clientError } from '@errs/core/client';
import { catalog } from './index.js';

export type { ClientOptions } from '@errs/core/client';

const PACKAGES = ['@commercetools/ts-client', '@commercetools/platform-sdk'];

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null;

/**
 * fetch's own error under the client's, where no response came: the client wraps a network failure
 * in a NetworkError (status 0) that keeps it as `body`, and hands on an abort (yours, or its own
 * `timeout`'s: both are an AbortError) as it is. Undefined for anything else.
 */
function fetchFailure(error: unknown): unknown {
  let value = error;
  for (let depth = 0; depth < 3 && isObject(value); depth++) {
    if (value.name === 'AbortError' || value.name === 'TimeoutError' || (value.name === 'TypeError' && 'cause' in value)) return value;
    value = isObject(value.error) ? value.error : value.body;
  }
  return undefined;
}

/** The catalog's error for the client's error (or, without a response, for fetch's error under it). */
const readError = (error: unknown, options: ClientOptions, trace: Trace | undefined) =>
  clientError(catalog, fetchFailure(error) ?? error, { ...options, cause: error, trace });

/**
 * A middleware for `new ClientBuilder()...withMiddleware(errsMiddleware())`: every call of that
 * client (`client.execute`, and every `execute()` of the platform SDK's API built on it) rejects with
 * the Connect catalog's error, the one `catalog.fromError` gives for the client's error (its body,
 * status and headers), with the client's error as `cause` and a stack that starts at your call.
 * A request without a response gives `UNAVAILABLE` (a network failure) or `CANCELLED` (an abort: the
 * client's own `timeout` aborts the request as an AbortController does, so it reads as `CANCELLED` too).
 *
 * `withMiddleware` puts it first, around every other middleware: the client's retries
 * (`enableRetry`, in its http middleware) and the concurrent-modification middleware are done before
 * errs sees the outcome, and a success is handed on untouched.
 */
export function errsMiddleware(options: ClientOptions = {}): Middleware {
  return (next) =>
    // Called in the client's execute(), in your call: so the stack taken here has your frame.
    function errsRequest(request) {
      const trace = options.stack === false ? undefined : captureTrace(errsRequest, PACKAGES);
      return next(request).then(
        async (response) => (response.error ? { ...response, error: (await readError(response.error, options, trace)) as unknown as MiddlewareResponse['error'] } : response),
        async (thrown: unknown) => {
          throw await readError(thrown, options, trace);
        },
      );
    };
}

/**
 * The same as {@link errsMiddleware}, as the handler of the client's own error middleware:
 * `.withErrorMiddleware({ handler: errsErrorHandler() })`. The client calls it once its chain has
 * left your call behind, so the error's stack starts in the client; `errsMiddleware` keeps yours.
 */
export function errsErrorHandler(options: ClientOptions = {}): (args: ErrorHandlerOptions) => Promise<MiddlewareResponse> {
  return async function errsHandler({ error, response }) {
    const trace = options.stack === false ? undefined : captureTrace(errsHandler, PACKAGES);
    const mapped = await readError(error, options, trace);
    // As the client's default handler answers, with the catalog's error as the one the call rejects with.
    return { ...response, statusCode: error.statusCode || 0, body: error, error: mapped as unknown as MiddlewareResponse['error'] };
  };
}
