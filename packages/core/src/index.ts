export { categories, categoryFromStatus, isCategory } from './categories.js';
export type { Category } from './categories.js';
export { defineCatalog } from './catalog.js';
export type {
  Catalog,
  CatalogDefinition,
  CatalogOf,
  CatalogError,
  CheckedErrors,
  CodeOf,
  CreateOptions,
  CreatedError,
  DetailInput,
  Encoded,
  EncodeOptions,
  ErrorDef,
  ErrorDefs,
  ErrorDocs,
  ErrorInfo,
  FromResponseOptions,
  FromStatusInit,
  KnownError,
  MessageTable,
  NestedCode,
  ParamsInput,
  ParamsOf,
  ParseInit,
  Placeholders,
  SafeParseResult,
  StatusCodes,
  TopCode,
  UnknownError,
} from './catalog.js';
export type { FromErrorOptions } from './from-error.js';
export { isMismatch, mismatch, ownCopy, readWith } from './envelope.js';
export type { CodeView, Envelope, Mismatch, ReadContext, Unwrapped, WireDetail, WireError, WireView, Written } from './envelope.js';
export { isErrsError, isErrsParseError } from './brand.js';
export { ErrsError, fromJSON } from './error.js';
export type { ErrsDetail, ErrsErrorData, ErrsErrorJSON, Params } from './error.js';
export { header, headerValue, readBounded, reasonPhrase, requestIdFrom, retryAfterMsFrom } from './http.js';
export type { HeadersLike } from './http.js';
export { checkValue, decodeText, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, withinDepth } from './input.js';
export type { InputLimits } from './input.js';
export { match } from './match.js';
export type { ExhaustiveHandlers, FallbackHandlers, HandlerResult, Handlers } from './match.js';
export { ErrsParseError } from './parse-error.js';
export type { ParseFailureReason, ParseIssue } from './parse-error.js';
export { PROBLEM_CONTENT_TYPE, problemType, publicMessage } from './problem.js';
export type { ProblemDetailEntry, ProblemDetails, ToProblemOptions } from './problem.js';
export { defaultStrategy, isRetryable, retryDelay } from './retry.js';
export type { RetryAdvice, RetryDelayOptions, RetryStrategy } from './retry.js';
export { display, placeholders, render } from './template.js';
