// @errs/core/envelope: what the author of an envelope (a vendor's wire format, the `envelope` of
// `defineCatalog`) needs beside the main entry. A catalog's users never import it.
export { isMismatch, mismatch, ownCopy, readWith } from './envelope.js';
export type { CodeView, Envelope, Mismatch, ReadContext, Unwrapped, WireDetail, WireError, WireView, Written } from './envelope.js';
export type { AnyParams } from './error.js';
// `ReadContext.headers` and `Unwrapped.headers` are any of several shapes: `header` reads them all.
export { header, reasonPhrase } from './http.js';
export type { HeadersLike } from './http.js';
export type { ParseIssue } from './parse-error.js';
export { display, placeholders, render } from './template.js';
