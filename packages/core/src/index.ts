// @errs/core: what a catalog's user and a custom catalog's author reach for. Helpers for writing an
// envelope are in `@errs/core/envelope`; the building blocks behind them are not exported.
export { categories, categoryFromStatus, isCategory } from './categories.js';
export type { Category } from './categories.js';
export { defineCatalog } from './catalog.js';
export type {
} from './catalog-type.js';
export type {
} from './definition.js';
export type {
  Catalog,
  CatalogOf,
  CatalogError,
  CreateOptions,
  CreatedError,
  DetailInput,
  Encoded,
  EncodeOptions,
  FromResponseOptions,
  FromStatusOptions,
  KnownError,
  MessageTable,
  ParseOptions,
  SafeParseResult,
  UnknownError,
} from './catalog-type.js';
export type {
  CatalogDefinition,
  CheckedDefinition,
  CheckedErrors,
  CodeOf,
  ErrorDef,
  ErrorDefs,
  ErrorDocs,
  ErrorInfo,
  NestedCode,
  ParamsInput,
  ParamsOf,
  Placeholders,
  StatusCodes,
  TopCode,
} from './definition.js';
export type { FromErrorOptions } from './from-error.js';
export { isErrsError, isErrsParseError } from './brand.js';
export { ErrsError, fromJSON } from './error.js';
export type { ErrsDetail, ErrsErrorData, ErrsErrorJSON, ToJSONOptions, AnyParams } from './error.js';
export type { HeadersLike } from './http.js';
export type { InputLimits } from './input.js';
export { match } from './match.js';
export type { ExhaustiveHandlers, FallbackHandlers, HandlerResult, Handlers, MatchCheck, MatchMistake } from './match.js';
export { ErrsParseError } from './parse-error.js';
export type { ParseFailureReason, ParseIssue } from './parse-error.js';
export { PROBLEM_CONTENT_TYPE } from './problem.js';
export type { ProblemDetailEntry, ProblemDetails, ToProblemOptions } from './problem.js';
export { retryDelay } from './retry.js';
export type { RetryAdvice, RetryDelayOptions, RetryStrategy } from './retry.js';
