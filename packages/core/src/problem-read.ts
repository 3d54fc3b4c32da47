import * as z from 'zod/mini';
import type { Mismatch, WireError } from './envelope.js';
import { mismatch, readWith } from './envelope.js';

// The RFC 9457 form that `toProblem` writes, read back as any untrusted body is: through a zod
// schema (and its guard), never by hand with casts. Built on first use: a bundle that never reads
// problem+json does not pay for it.
let schema: ReturnType<typeof build> | undefined;
function build() {
  const params = z.optional(z.record(z.string(), z.unknown()));
  return z.looseObject({
    vendor: z.string(),
    code: z.string(),
    status: z.number(),
    detail: z.optional(z.string()),
    params,
    requestId: z.optional(z.string()),
    errors: z.optional(z.array(z.looseObject({ code: z.string(), detail: z.optional(z.string()), params, path: z.optional(z.string()) }))),
  });
}

/** A problem+json of `vendor`'s error, as the wire error it describes, or why it is not one. */
export function readProblem(problem: unknown, vendor: string): WireError | Mismatch {
  return readWith((schema ??= build()), problem, (p) =>
    p.vendor !== vendor
      ? mismatch(`a problem+json of ${JSON.stringify(p.vendor)}, not ${vendor}`, ['vendor'])
      : {
          code: p.code,
          status: p.status,
          message: p.detail,
          params: p.params,
          requestId: p.requestId,
          details: p.errors?.map((d) => ({ code: d.code, message: d.detail, params: d.params, path: d.path })),
        },
  );
}
