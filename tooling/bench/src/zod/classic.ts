// The same small envelope (commercetools Connect's) with zod classic: schema + safeParse.
// `import * as z` (not `import { z }`, which bundles every locale: 91 kB gzipped) is classic's smallest form.
import * as z from 'zod';

const item = z.looseObject({ code: z.string(), message: z.optional(z.string()) });
export const schema = z.object({ statusCode: z.number().int(), message: z.optional(z.string()), errors: z.array(item) });

export function parseEnvelope(text: string): unknown {
  return schema.safeParse(JSON.parse(text));
}
