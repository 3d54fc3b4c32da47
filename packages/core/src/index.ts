// @errs/core: what a catalog's user and a custom catalog's author reach for. Helpers for writing an
// envelope are in `@errs/core/envelope`; the building blocks behind them are not exported.
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
  FromStatusOptions,
  KnownError,
  MessageTable,
  NestedCode,
  ParamsInput,
  ParamsOf,
  ParseOptions,
  Placeholders,
  SafeParseResult,
  StatusCodes,
  TopCode,
  UnknownError,
} from './catalog.js';
export type { FromErrorOptions } from './from-error.js';
export { isErrsError, isErrsParseError } from './brand.js';
export { ErrsError, fromJSON } from './error.js';
export type { ErrsDetail, ErrsErrorData, ErrsErrorJSON, Params } from './error.js';
export type { HeadersLike } from './http.js';
export type { InputLimits } from './input.js';
export { match } from './match.js';
export type { ExhaustiveHandlers, FallbackHandlers, HandlerResult, Handlers } from './match.js';
export { ErrsParseError } from './parse-error.js';
export type { ParseFailureReason, ParseIssue } from './parse-error.js';
export { PROBLEM_CONTENT_TYPE } from './problem.js';
export type { ProblemDetailEntry, ProblemDetails, ToProblemOptions } from './problem.js';
export { retryDelay } from './retry.js';
export type { RetryAdvice, RetryDelayOptions, RetryStrategy } from './retry.js';
