import { defineCatalog } from '@errs/core';
import type { CatalogError, CodeOf, ParamsOf } from '@errs/core';
import { errors } from './catalog.js';
import { envelope } from './envelope.js';

/**
 * Every documented easydb 5 error (API, server and user realms): parse any easydb error body,
 * create and encode exact ones, switch on codes exhaustively. `catalog.messages` is the English
 * message table keyed by code (easydb's CSV key); `catalog.format(error, table)` renders an error
 * with a table of your own.
 *
 * ```ts
 * const error = await catalog.fromResponse(response);
 * if (catalog.is(error, 'error.user.collection_not_found')) console.log(error.params.id);
 * ```
 */
// What the error handlers of @errs/core send for an unexpected failure, and for a bare status that
// several codes share (a body parser's 400): see the README. Pure: a bundle that uses no method of the
// catalog (only its types, `errors` or `/docs`) leaves the call, and the core's parse path, out.
export const catalog = /* @__PURE__ */ defineCatalog({ vendor: 'easydb', errors, envelope, internal: 'error.server.generic', byStatus: { 400: 'error.api.generic' } });
export { errors } from './catalog.js';
export { bodySchema, envelope } from './envelope.js';
/** Every easydb error code of the catalog. */
export type Code = CodeOf<typeof errors>;
/** Any error `catalog.parse` gives: one variant per code (params narrowed), or an unknown code. */
export type EasydbError = CatalogError<typeof errors>;
/** The params of a code, as a created error carries them. */
export type Params<C extends Code> = ParamsOf<typeof errors, C>;
export { L10nCsvError, readL10nCsv } from './l10n.js';
