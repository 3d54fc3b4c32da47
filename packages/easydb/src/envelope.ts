// easydb's wire format (vendor-docs/easydb.md, "Errors"):
//   { "realm": "api" | "server" | "user", "code": string, "parameters"?: { [name]: string },
//     "description"?: string, "uuid"?: string }
// API and user errors are sent with HTTP 400, server errors with 500. Older servers send bodies
// without `realm` (codes outside `error.*`, extra fields such as `debugText`, other statuses): read
// too, at the wire's status, with the body kept whole in `raw`.
import * as z from 'zod/mini';
import type { Envelope, Mismatch, ReadContext, WireError, WireView, Written } from '@errs/core/envelope';
import { display, mismatch, readWith } from '@errs/core/envelope';

/** The three realms of easydb errors. */
export type Realm = 'api' | 'server' | 'user';

/**
 * The error body as easydb sends it. Lenient like the real API: only `code` is required (and
 * `realm`, but for an older server's body: see {@link envelope}), every other field is optional,
 * and fields this schema does not name are allowed.
 * `parameters` is documented as a map of strings; other values are read too (numbers and booleans
 * become strings), so that a parameter is never lost to a type quibble.
 */
export const bodySchema = z.looseObject({
  /** `api`, `server` or `user`; implied by the code's prefix. Absent in older servers' bodies. */
  realm: z.optional(z.string()),
  /** Identifier of the error and key of its localized text (`error.user.collection_not_found`). */
  code: z.string().check(z.minLength(1)),
  /** Parameters of a user error (map string -> string). */
  parameters: z.optional(z.record(z.string(), z.unknown())),
  /** English text of a server or API error. */
  description: z.optional(z.string()),
  /** Internal error UUID of a server error, resolvable with /api/server/error. */
  uuid: z.optional(z.string()),
});

/** An easydb error body, as {@link bodySchema} reads it. */
export type Body = z.output<typeof bodySchema>;

/** The realm a code's prefix implies (`error.user.` -> `user`), or undefined for other codes. */
export function realmOf(code: string): Realm | undefined {
  // One regex test (no match array), not three startsWith: on the parse path it costs a third.
  if (!REALM_PREFIX.test(code)) return undefined;
  return REALMS[code.charCodeAt(6)];
}
const REALM_PREFIX = /^error\.(?:api|server|user)\./;
/** The realm by the first letter after `error.`. */
const REALMS: Readonly<Partial<Record<number, Realm>>> = { 97: 'api', 115: 'server', 117: 'user' };

const isRealm = (value: string): value is Realm => value === 'api' || value === 'server' || value === 'user';

/**
 * A random (version 4) UUID, as easydb gives every server error. Uses `crypto.randomUUID` where it
 * exists and `crypto.getRandomValues` otherwise (insecure browser contexts lack the former).
 */
export function newUuid(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The wire's parameters as params, a map of strings as the doc says ("map string -> string"):
 * strings kept, numbers and booleans as strings, any other value left out; `__proto__` safe.
 */
function paramsOf(parameters: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(parameters)) {
    const v = parameters[key];
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
    const value = typeof v === 'string' ? v : String(v);
    if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

function read(body: unknown, context: ReadContext): WireError | Mismatch {
  return readWith(bodySchema, body, (data) => fromBody(data, context));
}

/** The status easydb sends a realm's errors with: 500 for server errors, 400 for the others. */
const realmStatus = (realm: Realm | undefined): number => (realm === 'server' ? 500 : 400);

/** Fields only an easydb body has: one of them (or an `error.*` code) marks a body without realm as easydb's. */
const OWN_FIELDS = ['parameters', 'description', 'uuid', 'debugText'] as const;

function fromBody(data: Body, context: ReadContext): WireError | Mismatch {
  const { realm: sent, code, parameters, description } = data;
  const uuid = data.uuid === '' ? undefined : data.uuid;
  const implied = realmOf(code);
  if (sent === undefined) return olderBody(data, implied, uuid, context);
  if (context.strict) {
    if (!isRealm(sent)) return mismatch(`realm ${JSON.stringify(sent)} is not api, server or user`, ['realm']);
    if (implied !== undefined && implied !== sent) return mismatch(`realm "${sent}" contradicts code ${code}`, ['realm']);
    if (sent === 'server' && uuid === undefined) return mismatch('a server error without uuid', ['uuid']);
  }
  // The code's prefix decides; the realm field only speaks for codes without a known prefix.
  const realm = implied ?? (isRealm(sent) ? sent : undefined);
  let params: Record<string, string> | undefined = parameters === undefined ? undefined : paramsOf(parameters);
  // A server error's uuid is also a param; the core never fills a missing one from the schema's default.
  if (realm === 'server' && uuid !== undefined) params = params === undefined ? { uuid } : { ...params, uuid };
  return {
    code,
    message: description,
    params,
    status: realmStatus(realm),
    requestId: uuid,
  };
}

/**
 * A body without `realm`, as older easydb servers send: the code as sent (known only if the catalog
 * has it), the status the response had, and the description (else `debugText`) as its message. Other
 * APIs' `{ code, message }` bodies are not taken for it: easydb never sends `message`.
 */
function olderBody(data: Body, implied: Realm | undefined, uuid: string | undefined, context: ReadContext): WireError | Mismatch {
  if (context.strict) return mismatch('realm is missing (an older easydb body; strict mode takes only the documented envelope)', ['realm']);
  if ('message' in data || (implied === undefined && !OWN_FIELDS.some((field) => data[field] !== undefined))) {
    return mismatch('realm is missing, and nothing else marks the body as easydb\'s (parameters, description, uuid, debugText or an error.* code)', ['realm']);
  }
  const debugText = typeof data.debugText === 'string' ? data.debugText : undefined;
  return {
    code: data.code,
    message: data.description ?? debugText,
    params: data.parameters === undefined ? undefined : paramsOf(data.parameters),
    // The response's own status when the transport gives one (it wins anyway); else what the prefix implies.
    status: implied === undefined ? undefined : realmStatus(implied),
    requestId: uuid,
  };
}

function write(error: WireView): Written {
  // Codes without a known prefix (a status-only error, `HTTP_502`) go out as server or API errors,
  // the two realms whose body carries a description.
  const realm: Realm = realmOf(error.code) ?? (error.status >= 500 ? 'server' : 'api');
  const parameters: Record<string, string> = {};
  let count = 0;
  for (const key of Object.keys(error.params)) {
    const value = error.params[key];
    if (value === undefined || value === null || (realm === 'server' && key === 'uuid')) continue;
    const text = display(value);
    if (key === '__proto__') Object.defineProperty(parameters, key, { value: text, enumerable: true, writable: true, configurable: true });
    else parameters[key] = text;
    count++;
  }
  const body: Record<string, unknown> = { realm, code: error.code };
  if (count > 0) body.parameters = parameters;
  // User errors are localized by the client from their code: the doc gives them no description.
  if (realm !== 'user') body.description = error.message;
  if (realm === 'server') {
    // The uuid is the server error's id, which parse reads as requestId: a request id given to
    // create goes out as the uuid (create's own uuid param is made when none is given).
    const own = error.params.uuid;
    body.uuid = error.requestId ?? (typeof own === 'string' && own !== '' ? own : newUuid());
  }
  return { body };
}

/**
 * easydb's error envelope: `read` turns a body into the error it carries (the realm implied by the
 * code's prefix; `strict` also rejects a realm that contradicts it and a server error without uuid),
 * `write` gives the body exactly as easydb sends it (a server error always with a uuid).
 */
export const envelope: Envelope<Body> = {
  schema: bodySchema,
  read,
  write,
};
