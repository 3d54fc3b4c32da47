// @errs/core/testing: what a team needs to test its own catalog (and what the errs packages use).
export { verifyCatalog, DEFAULT_SEED, NO_FAST_CHECK } from './verify.js';
export type { VerifiableCatalog, VerifiableInfo, VerifyOptions, VerifyResult } from './verify.js';
export { arbitraryOf, paramsArbitrary } from './arbitrary.js';
export type { FastCheckModule } from './arbitrary.js';
export { EXAMPLE_DATE_TIME, EXAMPLE_UUID, exampleOf, exampleParams } from './examples.js';
export { describeSchema, hasDefault, isOptional, shapeOf } from '../schema.js';
export type { ExtraKeys, SchemaCheck, SchemaDescription, SchemaKind, SchemaValue, WrapperKind } from '../schema.js';
