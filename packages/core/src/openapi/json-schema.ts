// The JSON Schema (draft 2020-12) of a catalog's error body, from its envelope's zod schema.
import * as z4 from 'zod/v4/core';
import type { CatalogOf } from '../catalog-type.js';
import type { CodeOf, ErrorDefs } from '../definition.js';
import { selectCodes } from './examples.js';

/** A JSON Schema or OpenAPI object, as plain JSON data. */
export type JsonObject = { [key: string]: unknown };

/** Options of {@link toJSONSchema}. */
export interface JSONSchemaOptions<E extends ErrorDefs = ErrorDefs> {
  /**
   * The npm package that ships the catalog (`@errs/connect`): named in the description, and its
   * `envelope.schema.json` on unpkg is the default `$id`. Left out: neither.
   */
  readonly package?: string | undefined;
  /** The schema's `$id` (default: the package's file on unpkg when `package` is given, else none). */
  readonly id?: string | undefined;
  /** The codes listed in `x-errs-codes` (default: every code of the catalog). */
  readonly codes?: readonly CodeOf<E>[] | undefined;
}

/** The zod schema as JSON Schema: the body as a sender writes it, anything JSON cannot say left open. */
export function zodToJSONSchema(schema: z4.$ZodType, io: 'input' | 'output' = 'input'): JsonObject {
  return z4.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

/**
 * The JSON Schema (draft 2020-12) of a catalog's error body, from its envelope's zod schema, with the
 * catalog's codes listed in `x-errs-codes` (a hint: a body with a code the catalog lacks is valid
 * too, as the wire may carry new codes). What each vendor package ships as `envelope.schema.json`.
 */
export function toJSONSchema<V extends string, E extends ErrorDefs>(catalog: CatalogOf<V, E>, options: JSONSchemaOptions<E> = {}): JsonObject {
  const codes = selectCodes(catalog, options.codes);
  const by = options.package === undefined ? 'its errs catalog' : options.package;
  const id = options.id ?? (options.package === undefined ? undefined : `https://unpkg.com/${options.package}/envelope.schema.json`);
  return {
    ...zodToJSONSchema(catalog.envelope.schema),
    ...(id === undefined ? {} : { $id: id }),
    title: `${catalog.vendor} error body`,
    description: `The error response body of ${catalog.vendor}, as ${by} reads and writes it.`,
    'x-errs-codes': [...codes],
  };
}
