import { defineCatalog } from '@errs/core';
import type { CatalogError, CodeOf, ParamsOf } from '@errs/core';
import { errors } from './catalog.js';
import { envelope } from './envelope.js';

/**
 * The commercetools Connect API's errors: every documented code (and those of the vendor's API
 * reference), parsed from `{ statusCode, message, errors: [...] }` bodies, written exactly as
 * the API sends them.
 *
 * ```ts
 * const error = await catalog.fromResponse(response);
 * if (catalog.is(error, 'ConcurrentModification')) retryWith(error.params.currentVersion);
 * ```
 */
// What the error handlers of @errs/core send for an unexpected failure, and for a bare status that
// several codes share (a body parser's 400): see the README. Pure: a bundle that uses no method of the
// catalog (only its types, `errors` or `/docs`) leaves the call, and the core's parse path, out.
export const catalog = /* @__PURE__ */ defineCatalog({ vendor: 'connect', errors, envelope, internal: 'General' });
/** The code definitions (data): status, message template, params schema, category, retry advice. */
export { errors } from './catalog.js';
/** The wire format: the zod/mini schema of an error body, and the envelope that reads and writes it. */
export { bodySchema, envelope } from './envelope.js';
/** Every Connect API error code the catalog knows. */
export type Code = CodeOf<typeof errors>;
/** Any error `catalog.parse` can give: one variant per code, or an unknown code (`known: false`). */
export type ConnectError = CatalogError<typeof errors>;
/** The params of one code, as an error carries them. */
export type Params<C extends Code> = ParamsOf<typeof errors, C>;
