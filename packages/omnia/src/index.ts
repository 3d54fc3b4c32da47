import { defineCatalog } from '@errs/core';
import type { CatalogError, CodeOf, ParamsOf } from '@errs/core';
import { errors } from './catalog.js';
import { envelope } from './envelope.js';

/**
 * The catalog of OMNIA Platform API errors: every documented code (the nested "Validation Failed"
 * codes included), with parse / create / encode / fromResponse / is.
 *
 * ```ts
 * const error = await catalog.fromResponse(response);
 * if (catalog.is(error, 'EntityHasBeenChanged')) { ... } // refetch, re-apply, retry
 * ```
 */
// What the error handlers of @errs/core send for an unexpected failure, and for a bare status that
// several codes share (a body parser's 400): see the README. Pure: a bundle that uses no method of the
// catalog (only its types, `errors` or `/docs`) leaves the call, and the core's parse path, out.
export const catalog = /* @__PURE__ */ defineCatalog({ vendor: 'omnia', errors, envelope, internal: 'InternalError', byStatus: { 400: 'InvalidInput' } });
/** The code definitions (data): status, message, params, category, retry advice. */
export { errors } from './catalog.js';
/** The wire format: the body's zod schema and the envelope that reads and writes it. */
export { bodySchema, envelope } from './envelope.js';
/** Every OMNIA Platform error code, nested validation codes included. */
export type Code = CodeOf<typeof errors>;
/** Any error `catalog.parse` can give: one variant per top-level code, or an unknown code. */
export type OmniaError = CatalogError<typeof errors>;
/** The params of a code (only `TextMaxLengthMismatch` has any). */
export type Params<C extends Code> = ParamsOf<typeof errors, C>;
