/**
 * A custom catalog made with @errs/core alone: "Tidewater Tickets", an invented ferry-booking API.
 * It proves the core serves any vendor: the playground treats it exactly like the five real ones.
 */
import { defineCatalog } from '@errs/core';
import type { ErrorDocs } from '@errs/core';
import { mismatch, readWith } from '@errs/core/envelope';
import { z } from 'zod';

/** Tidewater's error body: `{ "fault": { "id", "reason", "data", "violations": [...] }, "traceId" }`. */
const violation = z.object({
  field: z.string().optional(),
  rule: z.string(),
  text: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
const body = z.object({
  fault: z.object({
    id: z.string(),
    reason: z.string().optional(),
    data: z.record(z.string(), z.unknown()).optional(),
    violations: z.array(violation).optional(),
  }),
  traceId: z.string().optional(),
});

export const tidewater = defineCatalog({
  vendor: 'tidewater',
  envelope: {
    schema: body,
    read: (input) =>
      readWith(body, input, ({ fault, traceId }) =>
        fault.id.length === 0
          ? mismatch('fault.id is empty', ['fault', 'id'])
          : {
              code: fault.id,
              message: fault.reason,
              params: fault.data,
              requestId: traceId,
              details: fault.violations?.map((v) => ({ code: v.rule, message: v.text, params: v.data, path: v.field })),
            },
      ),
    write: (e) => ({
      body: {
        fault: {
          id: e.code,
          reason: e.message,
          ...(Object.keys(e.params).length > 0 ? { data: e.params } : {}),
          ...(e.details.length > 0
            ? {
                violations: e.details.map((d) => ({
                  ...(d.path === undefined ? {} : { field: d.path }),
                  rule: d.code,
                  text: d.message,
                  ...(Object.keys(d.params).length > 0 ? { data: d.params } : {}),
                })),
              }
            : {}),
        },
        ...(e.requestId === undefined ? {} : { traceId: e.requestId }),
      },
    }),
  },
  errors: {
    ticket_not_found: {
      status: 404,
      message: 'No ticket {ticketId}.',
      schema: z.object({ ticketId: z.string().min(1) }),
      category: 'NOT_FOUND',
    },
    invalid_booking: {
      status: 400,
      message: 'The booking has {count} invalid fields.',
      schema: z.object({ count: z.number().int().min(1) }),
      category: 'INVALID_ARGUMENT',
    },
    field_required: {
      status: 400,
      message: '{field} is required.',
      schema: z.object({ field: z.string() }),
      category: 'INVALID_ARGUMENT',
      nested: true,
    },
    field_too_long: {
      status: 400,
      message: '{field} is longer than {max} characters.',
      schema: z.object({ field: z.string(), max: z.number().int().positive() }),
      category: 'INVALID_ARGUMENT',
      nested: true,
    },
    cabin_unknown: {
      status: 400,
      message: 'Cabin class must be one of economy, deck, suite (got {cabin}).',
      schema: z.object({ cabin: z.string() }),
      category: 'INVALID_ARGUMENT',
      nested: true,
    },
    booking_conflict: {
      status: 409,
      message: 'Booking {bookingId} changed: you sent version {expected}, it is at {actual}.',
      schema: z.object({ bookingId: z.string(), expected: z.number().int(), actual: z.number().int() }),
      category: 'ABORTED',
      retry: { note: 'Read the booking again, re-apply your change and retry.' },
    },
    sailing_closed: {
      status: 422,
      message: 'Sailing {sailing} closed for booking.',
      schema: z.object({
        sailing: z.string().regex(/^[A-Z]{3}-\d{4}$/, 'a sailing looks like ABC-1234'),
        cabin: z.enum(['economy', 'deck', 'suite']).optional(),
        closedAt: z.string().optional(),
      }),
      category: 'FAILED_PRECONDITION',
    },
    quota_exceeded: {
      status: 429,
      message: 'More than {limit} requests in {windowSeconds} s.',
      schema: z.object({ limit: z.number().int().positive(), windowSeconds: z.number().int().positive() }),
      category: 'RESOURCE_EXHAUSTED',
      retry: { note: 'Wait until X-RateLimit-Reset.' },
    },
    port_offline: {
      status: 503,
      message: 'The booking system of port {port} is offline.',
      schema: z.object({ port: z.string(), harbours: z.array(z.string()).optional() }),
      category: 'UNAVAILABLE',
    },
    upstream_failed: { status: 502, message: 'An upstream reservation system failed.', category: 'UNAVAILABLE' },
    internal: { status: 500, message: 'Something went wrong on our side.', category: 'INTERNAL' },
  },
});

/** Tidewater's documentation texts, apart from the catalog (as each vendor's `/docs`): the code view shows them. */
export const tidewaterDocs: ErrorDocs<typeof tidewater.errors> = {
  invalid_booking: { description: 'The booking request failed validation; `violations` names each field.' },
};
