// @errs/core/openapi: the documents every vendor package ships, for any catalog: its OpenAPI 3.1
// document, its envelope's JSON Schema and its codes table. Data in, JSON or text out: no Node
// built-in, no test runner, no CLI (the `errs` command of @errs/cli runs these).
export { exampleErrors } from './examples.js';
export type { ExampleError, ExampleOptions, ExampleParams } from './examples.js';
export { toJSONSchema } from './json-schema.js';
export type { JSONSchemaOptions, JsonObject } from './json-schema.js';
export { toMarkdown } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { schemaName, toOpenAPI } from './openapi.js';
export type { OpenAPIOptions } from './openapi.js';
