import { defineCatalog } from '@errs/core';
import type { CatalogError, CodeOf, ParamsOf } from '@errs/core';
import { errors } from './catalog.js';
import { envelope } from './envelope.js';

/**
 * The errors of the Botpress Cloud API (`https://api.botpress.cloud`): every error type of its
 * reference, plus `ResourceGone` and `OperationTimeout` from `@botpress/client`. Parses error bodies
 * (`{ id, code, type, message, metadata? }`) and errors thrown by `@botpress/client`, and writes
 * bodies exactly as the API does.
 *
 * ```ts
 * const error = await catalog.fromResponse(response);
 * if (catalog.is(error, 'RateLimited')) await sleep(error.retryAfterMs ?? 1000);
 * ```
 */
// What the error handlers of @errs/core send for an unexpected failure, and for a bare status that
// several codes share (a body parser's 400): see the README. Pure: a bundle that uses no method of the
// catalog (only its types, `errors` or `/docs`) leaves the call, and the core's parse path, out.
export const catalog = /* @__PURE__ */ defineCatalog({ vendor: 'platform', errors, envelope, internal: 'Internal', byStatus: { 400: 'InvalidPayload', 413: 'PayloadTooLarge' } });
/** The definitions of every error type (data only): status, documented message, category, retry advice. */
export { errors } from './catalog.js';
/** The wire format: the zod schema of an error body and the envelope that reads and writes it. */
export { bodySchema, envelope } from './envelope.js';
/** Every error type of the Botpress Cloud API (`'Unauthorized' | 'RateLimited' | ...`). */
export type Code = CodeOf<typeof errors>;
/** Any error `catalog.parse` can give: one variant per type, or one of a type the catalog lacks (`known: false`). */
export type PlatformError = CatalogError<typeof errors>;
/** The params of an error type: its `metadata` object (`Runtime`: with an optional `subtype`). */
export type Params<C extends Code> = ParamsOf<typeof errors, C>;
