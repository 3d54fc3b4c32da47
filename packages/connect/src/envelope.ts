// The Connect API's wire format:
//   { "statusCode": number, "message": string, "errors": [{ "code", "message", ...fields }] }
// plus, on 401s from the authorization layer, an OAuth-style top-level "error" (and maybe "error_description").
import type { Envelope, HeadersLike, Unwrapped, WireDetail, WireView } from '@errs/core/envelope';
import { mismatch, ownCopy, readWith } from '@errs/core/envelope';
import * as z from 'zod/mini';

/** One error of a response: its code, message and error-specific fields (kept, as params). */
export const errorObjectSchema = z.looseObject({
  code: z.string().check(z.minLength(1)),
  message: z.optional(z.string()),
});

/**
 * The body of every Connect API error response (zod/mini). Lenient like the real API: `message`
 * may be missing, extra fields are allowed (`error`, `error_description` of the auth layer, ...).
 * `statusCode` is what makes a body a Connect error body: the API reference makes `errors` optional
 * (`errors?` in ErrorResponse.raml), and a body without it gives a status-derived error.
 */
export const bodySchema = z.looseObject({
  statusCode: z.number().check(z.int(), z.minimum(100), z.maximum(599)),
  message: z.optional(z.string()),
  errors: z.optional(z.array(errorObjectSchema)),
  error: z.optional(z.string()),
  error_description: z.optional(z.string()),
});

/** A Connect API error body, as `bodySchema` reads it. */
export type ConnectBody = z.infer<typeof bodySchema>;

const OWN = ['code', 'message'] as const;
/** OAuth 2.0 error codes (RFC 6749/6750) are lower snake case; those bodies repeat the code as `error`. */
const OAUTH_CODE = /^[a-z]+(?:_[a-z]+)*$/;

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBody = (value: unknown): value is Obj => isObject(value) && typeof value.statusCode === 'number' && !('body' in value);

function read(body: unknown, context: { readonly status?: number | undefined; readonly strict: boolean }) {
  return readWith(bodySchema, body, (data) => {
    if (context.strict) {
      if (context.status !== undefined && context.status !== data.statusCode) {
        return mismatch(`statusCode ${data.statusCode} differs from the HTTP status ${context.status}`, ['statusCode']);
      }
      if (data.errors?.length === 0) return mismatch('errors is empty', ['errors']);
    }
    // Without `errors`, a top-level `error` is the authorization API's OAuth code; any other text
    // there is another server's body (NestJS writes `{ statusCode, message, error: "Not Found" }`).
    if (data.errors === undefined && data.error !== undefined && !OAUTH_CODE.test(data.error)) {
      return mismatch('no errors array, and `error` is not an OAuth 2.0 error code', ['errors']);
    }
    // Fields are copied from the input itself: zod's copy would not keep a `__proto__` key as data.
    const raw = (body as { errors?: readonly unknown[] }).errors ?? [];
    const details: WireDetail[] = (data.errors ?? []).map((e, i) => ({ code: e.code, message: e.message, params: ownCopy(raw[i], OWN) }));
    const first = details[0];
    return {
      // No error object: the OAuth-style `error`, else the status alone (a code the catalog lacks).
      code: first?.code ?? data.error ?? `HTTP_${data.statusCode}`,
      message: data.message ?? first?.message ?? data.error_description,
      params: first?.params,
      details,
      status: data.statusCode,
    };
  });
}

/** Whether two JSON-like values are equal, member by member (params of an error are plain data). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && same((a as Obj)[k], (b as Obj)[k]));
}

/** Whether the first detail is the error itself: so a parsed error lists its own response's errors. */
const listsItself = (e: WireView): boolean => {
  const first = e.details[0];
  return first !== undefined && first.code === e.code && first.message === e.message && same(first.params, e.params);
};

function write(e: WireView) {
  const self = { code: e.code, message: e.message, ...e.params };
  const own = (d: WireView['details'][number]) => ({ code: d.code, message: d.message, ...d.params });
  // A parsed error lists every error of its response in details, itself first: write them as they came.
  // A created one is the first error, followed by the further errors given as details (of any code,
  // its own included: the reference's example is two InvalidJsonInput errors).
  const errors = listsItself(e) ? e.details.map(own) : [self, ...e.details.map(own)];
  const body = {
    statusCode: e.status,
    message: e.message,
    errors,
    ...(OAUTH_CODE.test(e.code) ? { error: e.code } : {}),
  };
  // The API sends its request id as X-Correlation-ID (commercetools' clients read it there).
  return e.requestId === undefined ? { body } : { body, headers: { 'X-Correlation-ID': e.requestId } };
}

/**
 * Errors thrown by commercetools' own TypeScript client (`@commercetools/ts-client`,
 * `@commercetools/sdk-client-v2`): an HttpError carrying the response body under `body`, or
 * `{ body: HttpError, error: HttpError }`, or an error carrying the body under `error`.
 */
function unwrap(input: object): Unwrapped | undefined {
  let holder = input as Obj;
  if (!('body' in holder) && !isObject(holder.error)) return undefined;
  for (let depth = 0; depth < 4; depth++) {
    const { body, error } = holder;
    const found = isBody(body) || typeof body === 'string' ? body : isBody(error) ? error : undefined;
    if (found !== undefined) {
      const status = typeof holder.statusCode === 'number' ? holder.statusCode : typeof holder.status === 'number' ? holder.status : undefined;
      const headers = isObject(holder.headers) ? (holder.headers as HeadersLike) : undefined;
      return { body: found, status: status === 0 ? undefined : status, headers };
    }
    const next = isObject(body) && ('body' in body || isObject(body.error)) ? body : isObject(error) ? error : undefined;
    if (!next) break;
    holder = next;
  }
  // A client error without a response body (a network failure): hand its body over, which is no Connect body.
  return 'body' in holder ? { body: holder.body ?? null } : undefined;
}

/**
 * The Connect API envelope: reads `{ statusCode, message, errors: [...] }` (first error = the
 * error's code and params, every error = a detail) and writes exactly that shape.
 */
export const envelope: Envelope<ConnectBody> = { schema: bodySchema, read, write, unwrap };
