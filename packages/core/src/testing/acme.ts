// An invented vendor, "acme", declared with @errs/core alone: proof that the core serves custom APIs.
// It uses zod classic on purpose (the vendor packages use zod/mini): both work with the core.
import { z } from 'zod';
import { mismatch, readWith } from '../envelope-entry.js';
import type { Envelope } from '../envelope-entry.js';
import { defineCatalog } from '../index.js';

const body = z.object({
  error: z.object({
    type: z.string().min(1),
    message: z.string(),
    fields: z
      .array(z.object({ name: z.string(), type: z.string(), message: z.string().optional(), params: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
  request_id: z.string().optional(),
});

export const acmeEnvelope: Envelope<z.infer<typeof body>> = {
  schema: body,
  read: (input) =>
    readWith(body, input, ({ error, request_id }) =>
      error.type === 'ok'
        ? mismatch('"ok" is not an error type', ['error', 'type'])
        : {
            code: error.type,
            message: error.message,
            params: error.params,
            requestId: request_id,
            details: error.fields?.map((f) => ({ code: f.type, message: f.message, path: f.name, params: f.params })),
          },
    ),
  write: (e) => ({
    body: {
      error: {
        type: e.code,
        message: e.message,
        ...(Object.keys(e.params).length ? { params: e.params } : {}),
        ...(e.details.length ? { fields: e.details.map((d) => ({ name: d.path ?? '', type: d.code, message: d.message, ...(Object.keys(d.params).length ? { params: d.params } : {}) })) } : {}),
      },
      ...(e.requestId ? { request_id: e.requestId } : {}),
    },
  }),
};

export const acme = defineCatalog({
  vendor: 'acme',
  envelope: acmeEnvelope,
  errors: {
    not_found: {
      status: 404,
      message: 'No {resource} with id {id}.',
      schema: z.object({ resource: z.enum(['order', 'customer']), id: z.string() }),
      category: 'NOT_FOUND',
    },
    version_conflict: {
      status: 409,
      message: 'Expected version {expected}, found {actual}.',
      schema: z.object({ expected: z.number().int(), actual: z.number().int().optional() }),
      category: 'ABORTED',
      retry: { note: 'Fetch the order again, re-apply your change, then retry.' },
    },
    invalid_request: { status: 400, message: 'The request is invalid.', category: 'INVALID_ARGUMENT' },
    rate_limited: { status: 429, message: 'Slow down.', category: 'RESOURCE_EXHAUSTED' },
    internal: { status: 500, message: 'Something went wrong on our side.', category: 'INTERNAL' },
    unavailable: { status: 503, message: 'Try again shortly.', category: 'UNAVAILABLE', retry: { strategy: 'backoff' } },
    required: { status: 400, message: 'This field is required.', category: 'INVALID_ARGUMENT', nested: true, carriedBy: ['invalid_request'] },
    too_long: {
      status: 400,
      message: 'At most {max} characters.',
      schema: z.object({ max: z.number().int() }),
      category: 'INVALID_ARGUMENT',
      nested: true,
      carriedBy: ['invalid_request'],
    },
  },
});
