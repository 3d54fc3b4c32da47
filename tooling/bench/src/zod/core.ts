// The same small envelope (commercetools Connect's) with zod/v4/core alone: schemas built from the
// core classes, parsed with the core's safeParse (what @errs/core itself imports).
import * as core from 'zod/v4/core';

const str = new core.$ZodString({ type: 'string' });
const int = new core.$ZodNumberFormat({ type: 'number', check: 'number_format', format: 'safeint', abort: false });
const optional = (innerType: core.$ZodType) => new core.$ZodOptional({ type: 'optional', innerType });
const item = new core.$ZodObject({ type: 'object', shape: { code: str, message: optional(str) }, catchall: new core.$ZodUnknown({ type: 'unknown' }) });
export const schema = new core.$ZodObject({
  type: 'object',
  shape: { statusCode: int, message: optional(str), errors: new core.$ZodArray({ type: 'array', element: item }) },
});

export function parseEnvelope(text: string): unknown {
  return core.safeParse(schema, JSON.parse(text));
}
