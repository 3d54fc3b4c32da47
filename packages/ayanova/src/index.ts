import { defineCatalog } from '@errs/core';
import type { CatalogError, CodeOf, ParamsOf } from '@errs/core';
import { errors } from './catalog.js';
import { envelope } from './envelope.js';

/**
 * The AyaNova v8 API error catalog: every documented code 2000-2212 with its status, message,
 * category and retry advice, and AyaNova's `{ "error": { "code": "2200", ... } }` envelope.
 *
 * ```ts
 * const error = await catalog.fromResponse(response);
 * if (catalog.is(error, '2200')) for (const d of error.details) console.log(d.path, d.code);
 * ```
 */
// What the error handlers of @errs/core send for an unexpected failure, and for a bare status that
// several codes share (a body parser's 400): see the README. Pure: a bundle that uses no method of the
// catalog (only its types, `errors` or `/docs`) leaves the call, and the core's parse path, out.
export const catalog = /* @__PURE__ */ defineCatalog({ vendor: 'ayanova', errors, envelope, internal: '2002' });
export { errors } from './catalog.js';
export { bodySchema, envelope, legacyDetailCodes } from './envelope.js';
/** Every AyaNova code of the catalog ("2000" ... "2212"), field-level ones included. */
export type Code = CodeOf<typeof errors>;
/** Any error `catalog.parse` can give: one variant per top-level code, or an unknown code. */
export type AyanovaError = CatalogError<typeof errors>;
/** The params of a code, as an error carries them. */
export type Params<C extends Code> = ParamsOf<typeof errors, C>;
