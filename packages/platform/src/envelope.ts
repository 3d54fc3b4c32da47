// The wire format of Botpress Cloud API errors, in the two shapes the vendor shows:
//   its client's  { "id": "err_20241220153235xA1B2C3D4", "code": 400, "type": "Runtime", "message": "...", "metadata"?: {...} }
//   its docs'     { "type": "PayloadTooLarge", "description": "The request payload is too large.", "status": 413 }
// `code` (or `status`) is the HTTP status, `type` the error type (the catalog's code), `id` the error id (kept as requestId).
import { mismatch, ownCopy, readWith } from '@errs/core/envelope';
import type { Envelope, ReadContext, Unwrapped, WireError, WireView, Written, Mismatch } from '@errs/core/envelope';
import * as z from 'zod/mini';

const httpStatus = z.int().check(z.minimum(100), z.maximum(599));

/**
 * zod schema of a Botpress Cloud API error body, as lenient as the API's own client: `type` (a
 * non-empty string) and `code` (an HTTP status) identify the envelope, or, in the shape of the
 * docs' examples, `type` (a type name) and `status`; `id`, `message`, `description` and `metadata`
 * may be missing or null; unknown extra fields are allowed.
 */
export const bodySchema = z.looseObject({
  id: z.optional(z.nullable(z.string())),
  code: z.optional(httpStatus),
  status: z.optional(httpStatus),
  type: z.string().check(z.minLength(1)),
  message: z.optional(z.nullable(z.string())),
  description: z.optional(z.nullable(z.string())),
  metadata: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

/** A type name as the docs' examples write it (`PayloadTooLarge`): never a problem+json `type` URI. */
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** A Botpress Cloud API error body, as {@link bodySchema} reads it. */
export type PlatformBody = z.infer<typeof bodySchema>;

/** The error body as Botpress writes it: `metadata` only when there is some. */
export interface PlatformWireBody {
  readonly id: string;
  readonly code: number;
  readonly type: string;
  readonly message: string;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

const HEX = '0123456789ABCDEF';

/**
 * A new error id as Botpress makes them: `err_` + the UTC time as `YYYYMMDDHHMMSS` + `x` + 8
 * uppercase hex digits (`err_20241220153235xA1B2C3D4`).
 */
export function errorId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:TZ]/g, '').split('.')[0]!;
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  let hex = '';
  for (const b of bytes) hex += HEX[b >> 4]! + HEX[b & 15]!;
  return `err_${stamp}x${hex}`;
}

function read(body: unknown, context: ReadContext): WireError | Mismatch {
  return readWith(bodySchema, body, (data) => fromBody(data, body, context));
}

function fromBody(data: PlatformBody, body: unknown, context: ReadContext): WireError | Mismatch {
  // The client's shape has `code`; the docs' shape `status` and a type name (problem+json bodies
  // of other APIs also have `type` and `status`, but their type is a URI).
  const status = data.code ?? (data.status !== undefined && TYPE_NAME.test(data.type) ? data.status : undefined);
  if (status === undefined) return mismatch('neither `code` nor `status` (with a type name) is an HTTP status', ['code']);
  if (context.strict && context.status !== undefined && context.status !== status) {
    return mismatch(`code ${status} differs from the HTTP status ${context.status}`, [data.code === undefined ? 'status' : 'code']);
  }
  // The raw metadata, copied safely (the schema has already checked that it is an object).
  const raw = (body as { metadata?: unknown }).metadata;
  return {
    code: data.type,
    status,
    // The docs' examples carry the type's description where the client's bodies have a message.
    message: data.message ?? data.description ?? undefined,
    params: raw === undefined || raw === null ? undefined : ownCopy(raw),
    requestId: data.id || undefined,
  };
}

function write(view: WireView): Written {
  const metadata = ownCopy(view.params);
  const body: PlatformWireBody = {
    id: view.requestId ?? errorId(),
    code: view.status,
    type: view.code,
    message: view.message,
    ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
  };
  const reset = view.retryAfterMs;
  return reset !== undefined && reset >= 0 && view.code === 'RateLimited'
    ? { body, headers: { 'RateLimit-Reset': String(Math.ceil(reset / 1000)) } }
    : { body };
}

/**
 * An error thrown by `@botpress/client` (any copy: recognised by `isApiError: true`, like the
 * client's own `isApiError`) -> the body it was made from, with its `code` as the status.
 */
function unwrap(input: object): Unwrapped | undefined {
  const e = input as { isApiError?: unknown; id?: unknown; code?: unknown; type?: unknown; message?: unknown; metadata?: unknown };
  if (e.isApiError !== true) return undefined;
  const code = e.code;
  return {
    body: { id: e.id, code, type: e.type, message: e.message, metadata: e.metadata },
    status: typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599 ? code : undefined,
  };
}

/**
 * The Botpress Cloud API envelope: reads error bodies (and errors thrown by `@botpress/client`),
 * writes them exactly as the API does, with a generated `id` when the error has none and
 * `RateLimit-Reset` on `RateLimited`.
 */
export const envelope: Envelope<PlatformBody> = { schema: bodySchema, read, write, unwrap };
