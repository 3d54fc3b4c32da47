// The same small envelope (commercetools Connect's) with zod/mini: schema + safeParse.
import * as z from 'zod/mini';

const item = z.looseObject({ code: z.string(), message: z.optional(z.string()) });
export const schema = z.object({ statusCode: z.int(), message: z.optional(z.string()), errors: z.array(item) });

export function parseEnvelope(text: string): unknown {
  return schema.safeParse(JSON.parse(text));
}
