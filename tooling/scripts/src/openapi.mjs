import { EXAMPLE_UUID, exampleParams } from '@errs/core/testing';
import { envelopeSchema } from './json-schema.mjs';

/** The components.schemas key of a vendor's error body: `ConnectError` for connect. */
export const schemaName = (vendor) => `${vendor.charAt(0).toUpperCase()}${vendor.slice(1)}Error`;

/**
 * The example of one code: the body exactly as `catalog.encode(catalog.create(code, params))` writes
 * it, with params built from the code's schema (exampleParams: no randomness) and a fixed request id,
 * so that the document is the same on every build (some envelopes otherwise make an id per error).
 */
export function exampleOfCode(catalog, code, docs = {}) {
  const info = catalog.get(code);
  const description = Object.hasOwn(docs, code) ? docs[code].description : undefined;
  const params = exampleParams(info);
  const error = catalog.create(code, params, { requestId: EXAMPLE_UUID });
  const { headers, body } = catalog.encode(error);
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'application/json';
  return {
    contentType: contentType.split(';')[0].trim(),
    example: {
      summary: error.message,
      ...(description ? { description } : {}),
      value: JSON.parse(JSON.stringify(body)),
    },
  };
}

/**
 * OpenAPI 3.1 document of a vendor's error responses: the body's JSON Schema (from the envelope's zod
 * schema) in components.schemas, and in components.responses one response per status (keyed by the
 * status, `"409"`), with one example per top-level code of that status, named by its code.
 */
export function openapiDocument(catalog, bodySchema, { version = '0.0.0', docs = {} } = {}) {
  const name = schemaName(catalog.vendor);
  const { $schema: _dialect, $id: _id, ...schema } = envelopeSchema(catalog, bodySchema);
  const byStatus = new Map();
  for (const code of catalog.codes) {
    const info = catalog.get(code);
    if (info.nested) continue;
    const { contentType, example } = exampleOfCode(catalog, code, docs);
    const content = byStatus.get(info.status) ?? new Map();
    byStatus.set(info.status, content);
    const examples = content.get(contentType) ?? {};
    content.set(contentType, examples);
    examples[code] = example;
  }
  const responses = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const content = byStatus.get(status);
    const codes = [...content.values()].flatMap((examples) => Object.keys(examples));
    responses[String(status)] = {
      description: `Status ${status} of ${catalog.vendor}: ${codes.join(', ')}.`,
      content: Object.fromEntries(
        [...content].map(([contentType, examples]) => [contentType, { schema: { $ref: `#/components/schemas/${name}` }, examples }]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: `${catalog.vendor} error responses`,
      version,
      description: `Every documented error response of ${catalog.vendor}, as @errs/${catalog.vendor} reads and writes it. Reference a response from your own spec: $ref: './node_modules/@errs/${catalog.vendor}/openapi.json#/components/responses/404'.`,
    },
    components: { schemas: { [name]: schema }, responses },
  };
}
