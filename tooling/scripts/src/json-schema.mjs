import { toJSONSchema } from 'zod/v4/core';

/**
 * JSON Schema (draft 2020-12) of a vendor's error body, from the envelope's zod schema, with the
 * catalog's codes listed as known values of the code (a hint: unknown codes are valid too).
 */
export function envelopeSchema(catalog, bodySchema) {
  const schema = toJSONSchema(bodySchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: `https://unpkg.com/@errs/${catalog.vendor}/envelope.schema.json`,
    title: `${catalog.vendor} error body`,
    description: `The error response body of ${catalog.vendor}, as @errs/${catalog.vendor} reads and writes it.`,
    'x-errs-codes': [...catalog.codes],
  };
}
