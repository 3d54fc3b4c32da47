// catalog.fromError: whatever an HTTP client threw or returned -> the catalog's error.
// Recognition is by shape (no client is imported); every error is built by the catalog's own
// builders (safeParse, fromStatus) from the bytes or value the response carried, as fromResponse
// builds it, so that each is exactly the error fromResponse gives for the same response.
import { isErrsError } from './brand.js';
import type { FromResponseOptions, ParseOptions, SafeParseResult } from './catalog-type.js';
import type { Category } from './categories.js';
import type { ErrsError } from './error.js';
import type { HeadersLike } from './http.js';
import { header, readBounded } from './http.js';
import { DEFAULT_MAX_BYTES } from './input.js';
import type { NoResponseCategory } from './no-response.js';
import { noResponseCategory } from './no-response.js';
import { parseFailure } from './parse-error.js';

/** Options of `fromError`: those of `fromResponse` (limits, strict, ...), applied to every body it reads. */
export type FromErrorOptions = FromResponseOptions;

/**
 * What `fromStatus` takes. `code`, `category`, `message` and `title` are set only by `fromError`,
 * for its errors without a response.
 */
export interface StatusInit extends FromResponseOptions {
  readonly headers?: HeadersLike | undefined;
  readonly cause?: unknown;
  readonly raw?: unknown;
  readonly code?: string;
  readonly category?: Category;
  readonly message?: string;
  readonly title?: string;
}

/** What a thrown or returned value turned out to be. */
export type Recognised =
  /** An ErrsError: returned as it is (when of the catalog's vendor). */
  | { readonly kind: 'errs'; readonly error: ErrsError }
  /**
   * A response: the body as the client kept it (parsed JSON, text, bytes, a Blob or a stream:
   * axios, ky 2, ofetch, got, openapi-fetch), undefined for none, or an {@link UnreadBody} (a fetch
   * Response, ky 1's HTTPError).
   */
  | { readonly kind: 'body'; readonly status: number; readonly headers: HeadersLike | undefined; readonly body: unknown }
  /** A request that got no response: network failure, timeout, abort. */
  | { readonly kind: 'none'; readonly category: NoResponseCategory }
  /** Anything else (a vendor SDK's error is read by `parse`, the rest gives `known: false`). */
  | { readonly kind: 'other' };

/** The catalog's builders `fromError` makes its errors with. */
export interface Builders<T> {
  readonly vendor: string;
  safeParse(input: unknown, init: ParseOptions): SafeParseResult<T>;
  fromStatus(status: number, init: StatusInit): T;
  isOwn(error: ErrsError): error is ErrsError & T;
}

/** The status of an error without a response: no server answered (as fetch's `Response.error()`). */
export const NO_STATUS = 0;

const TITLES: Readonly<Record<NoResponseCategory | 'UNKNOWN', string>> = {
  UNAVAILABLE: 'No response: the server could not be reached',
  DEADLINE_EXCEEDED: 'No response: the request timed out',
  CANCELLED: 'No response: the request was cancelled',
  UNKNOWN: 'Not an HTTP error response',
};

const OTHER: Recognised = { kind: 'other' };

/** The still unread body of a fetch Response. */
export class UnreadBody {
  constructor(readonly response: Response) {}
}

type Read = { readonly text: string; readonly truncated: boolean };
const reads = new WeakMap<object, Promise<Read>>();

/**
 * A fetch Response's body, read once, up to maxBytes (the first call's limit): reading the same error
 * again (ky 1's, read first by a retry hook, then by the caller's catch) gives the same text.
 */
function readOnce(response: Response, maxBytes: number): Promise<Read> {
  let read = reads.get(response);
  if (!read) reads.set(response, (read = readBounded(response.body, maxBytes)));
  return read;
}
const NOT_READ: unique symbol = Symbol('not read');

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null;
const isStatus = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;

/** A fetch Response, of any realm or copy of undici (checked by shape, as `instanceof` cannot be trusted). */
function isFetchResponse(value: Obj): value is Obj & Response {
  const headers = value.headers;
  return (
    typeof value.status === 'number' &&
    typeof value.bodyUsed === 'boolean' &&
    typeof value.arrayBuffer === 'function' &&
    isObject(headers) &&
    typeof headers.get === 'function'
  );
}

function isRuntimeHeaders(value: object): value is Headers {
  try {
    return typeof Headers === 'function' && Object.getPrototypeOf(value) === Headers.prototype;
  } catch {
    return false; // a Proxy's getPrototypeOf trap
  }
}

/**
 * Headers read defensively: a getter or `get` that throws, or a value that is not a string, reads
 * as absent, so that the error built from them cannot fail on them.
 */
function safeHeaders(headers: unknown): HeadersLike | undefined {
  if (!isObject(headers)) return undefined;
  // The runtime's own Headers (not a subclass, whose get could be anything) reads safely as it is.
  if (isRuntimeHeaders(headers)) return headers;
  const get = (name: string): string | null => {
    try {
      const value: unknown = header(headers as HeadersLike, name);
      if (typeof value === 'string') return value;
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join(', ') : null;
    } catch {
      return null;
    }
  };
  // Only `get` is ever called on headers (see http.ts `header`).
  return { get } as unknown as Headers;
}

const withBody = (status: number, headers: unknown, body: unknown): Recognised => ({ kind: 'body', status, headers: safeHeaders(headers), body });

/** A fetch Response, with the body the client already read from it (or NOT_READ). */
function fromFetchResponse(response: Obj & Response, read: unknown): Recognised | undefined {
  const status = response.status;
  // Response.error(): fetch's own way of saying that no server answered.
  if (status === NO_STATUS) return { kind: 'none', category: 'UNAVAILABLE' };
  if (!isStatus(status)) return undefined;
  if (read !== NOT_READ && read !== undefined) return withBody(status, response.headers, read);
  if (reads.has(response)) return withBody(status, response.headers, new UnreadBody(response)); // read by fromError before
  if (response.bodyUsed) return withBody(status, response.headers, undefined); // read, and nothing kept
  const body = response.body as unknown;
  // A web stream, read once by readOnce. node-fetch's Node stream is read as any async iterable.
  if (isObject(body) && typeof body.getReader === 'function') return withBody(status, response.headers, new UnreadBody(response));
  return withBody(status, response.headers, body ?? undefined);
}

/** What a thrown or returned value is, by shape. Never throws: a value that cannot be read is `other`. */
export function recognise(thrown: unknown): Recognised {
  try {
    return recogniseShape(thrown);
  } catch {
    return OTHER;
  }
}

function recogniseShape(thrown: unknown): Recognised {
  if (!isObject(thrown)) return OTHER;
  if (isErrsError(thrown)) return { kind: 'errs', error: thrown };
  if (isFetchResponse(thrown)) return fromFetchResponse(thrown, NOT_READ) ?? OTHER;
  const response = thrown.response;
  if (isObject(response)) {
    let found: Recognised | undefined;
    if (isFetchResponse(response)) {
      // ky 2 and ofetch keep the body they read as `data`, openapi-fetch's result as `error`; ky 1 leaves it unread.
      const read = 'data' in thrown ? thrown.data : 'error' in thrown ? thrown.error : NOT_READ;
      found = fromFetchResponse(response, read);
    } else if (isStatus(response.status) && 'data' in response) {
      // axios: `response.data` as its transformResponse left it (parsed JSON, text, bytes, a stream).
      found = withBody(response.status, response.headers, response.data);
    } else if (isStatus(response.statusCode) && ('body' in response || 'rawBody' in response)) {
      // got: `response.body` (text, Buffer or parsed JSON, as responseType says), `rawBody` the bytes.
      const body = response.body === undefined ? response.rawBody : response.body;
      found = withBody(response.statusCode, response.headers, body);
    }
    if (found) return found;
  }
  const category = noResponseCategory(thrown);
  return category ? { kind: 'none', category } : OTHER;
}

/** The message a thrown value carries, if it is a readable string. */
function messageOf(thrown: unknown): string | undefined {
  try {
    const message = isObject(thrown) ? thrown.message : undefined;
    return typeof message === 'string' && message !== '' ? message.slice(0, 1000) : undefined;
  } catch {
    return undefined;
  }
}

/** A body kept as a stream or Blob by the client: read up to maxBytes, like `fromResponse` does. */
async function readKept(body: unknown, maxBytes: number): Promise<Read | undefined> {
  if (body instanceof UnreadBody) return readOnce(body.response, maxBytes);
  if (!isObject(body) || body instanceof Uint8Array || body instanceof ArrayBuffer) return undefined;
  if (typeof body.getReader === 'function') return readBounded(body as unknown as ReadableStream<Uint8Array>, maxBytes);
  if (typeof body.stream === 'function' && typeof body.size === 'number') {
    return readBounded((body as unknown as Blob).stream(), maxBytes);
  }
  const iterate = (body as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator];
  if (typeof iterate === 'function') return readIterable(iterate.call(body), maxBytes);
  return undefined;
}

/** A Node stream (or any async iterable of bytes or text), read up to maxBytes, then closed. */
async function readIterable(iterator: AsyncIterator<unknown, unknown>, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let text = '';
  let total = 0;
  for (;;) {
    const step = await iterator.next();
    if (step.done === true) return { text: text + decoder.decode(), truncated: false };
    const chunk = typeof step.value === 'string' ? encoder.encode(step.value) : step.value;
    if (!(chunk instanceof Uint8Array)) {
      await iterator.return?.();
      throw new TypeError('the body stream gave a chunk that is neither bytes nor text');
    }
    if (chunk.byteLength > maxBytes - total) {
      text += decoder.decode(chunk.subarray(0, Math.max(0, maxBytes - total)), { stream: true });
      await iterator.return?.();
      return { text: text + decoder.decode(), truncated: true };
    }
    total += chunk.byteLength;
    text += decoder.decode(chunk, { stream: true });
  }
}

async function fromBody<T>(found: Extract<Recognised, { kind: 'body' }>, options: FromErrorOptions, b: Builders<T>): Promise<T> {
  const { status, headers } = found;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // No body kept: as fromResponse reads an empty body.
  let body = found.body === undefined ? '' : found.body;
  let kept: Read | undefined;
  try {
    kept = await readKept(body, maxBytes);
  } catch (cause) {
    return b.fromStatus(status, { ...options, headers, cause });
  }
  if (kept) {
    if (kept.truncated) {
      const cause = parseFailure(b.vendor, 'too_large', `body is larger than ${maxBytes} bytes`, { status });
      return b.fromStatus(status, { ...options, headers, cause, raw: kept.text.slice(0, 4096) });
    }
    body = kept.text;
  }
  const result = b.safeParse(body, { ...options, status, headers });
  if (result.success) return result.data;
  return b.fromStatus(status, { ...options, headers, cause: result.error, raw: typeof body === 'string' ? body.slice(0, 4096) : undefined });
}

/** An error without an HTTP response: status {@link NO_STATUS}, code and category alike, the thrown value as cause. */
function withoutResponse<T>(category: NoResponseCategory | 'UNKNOWN', thrown: unknown, options: FromErrorOptions, b: Builders<T>): T {
  const title = TITLES[category];
  return b.fromStatus(NO_STATUS, { ...options, code: category, category, message: messageOf(thrown) ?? title, title, cause: thrown });
}

async function build<T>(thrown: unknown, options: FromErrorOptions, b: Builders<T>): Promise<T> {
  const found = recognise(thrown);
  switch (found.kind) {
    case 'errs': {
      if (b.isOwn(found.error)) return found.error;
      // Another vendor's error: this vendor's view of the same status, the error itself as cause.
      const status = found.error.status;
      return isStatus(status) ? b.fromStatus(status, { ...options, cause: thrown }) : withoutResponse('UNKNOWN', thrown, options, b);
    }
    case 'body':
      return fromBody(found, options, b);
    case 'none':
      return withoutResponse(found.category, thrown, options, b);
    case 'other': {
      // The vendor's own SDK errors (see Envelope.unwrap), or a body thrown as it is.
      if (isObject(thrown)) {
        const parsed = b.safeParse(thrown, options);
        if (parsed.success) return parsed.data;
      }
      return withoutResponse('UNKNOWN', thrown, options, b);
    }
  }
}

/**
 * The catalog's error for whatever an HTTP client threw or returned (see `Catalog.fromError`).
 * Never rejects: a value that defeats every reading gives `known: false` with it as `cause`.
 */
export async function fromError<T>(thrown: unknown, options: FromErrorOptions, b: Builders<T>): Promise<T> {
  try {
    return await build(thrown, options, b);
  } catch {
    return withoutResponse('UNKNOWN', thrown, options, b);
  }
}
