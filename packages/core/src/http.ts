/** Reading and writing what HTTP carries beside the body: headers, statuses, bounded bodies. */

/** Headers as a transport may hand them over. */
export type HeadersLike = Headers | Readonly<Record<string, string | readonly string[] | undefined>> | readonly (readonly [string, string])[];

/** A header's value, case-insensitively, from any {@link HeadersLike}. */
export function header(headers: HeadersLike | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const lower = name.toLowerCase();
  if (Array.isArray(headers)) {
    for (const [k, v] of headers as readonly (readonly [string, string])[]) if (k.toLowerCase() === lower) return v;
    return undefined;
  }
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== lower) continue;
    const value = (headers as Record<string, string | readonly string[] | undefined>)[key];
    return typeof value === 'string' ? value : value?.join(', ');
  }
  return undefined;
}

const DELTA_SECONDS = /^\s*\d+(\.\d+)?\s*$/;

/** ms until a moment expressed as delta-seconds, epoch seconds or an HTTP date; undefined if unreadable. */
function untilMs(value: string, now: number, allowDate: boolean): number | undefined {
  if (DELTA_SECONDS.test(value)) {
    const n = Number(value);
    // Some APIs send an epoch timestamp in their reset headers rather than a delta.
    if (n > 1e12) return Math.max(0, Math.ceil(n - now));
    if (n > 1e9) return Math.max(0, Math.ceil(n * 1000 - now));
    return Math.ceil(n * 1000);
  }
  if (!allowDate) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long the server asks the client to wait, in ms: `Retry-After` (seconds or HTTP date), else the
 * reset of the rate-limit headers (`RateLimit-Reset`, `X-RateLimit-Reset`, `RateLimit: ...;reset=`).
 */
export function retryAfterMsFrom(headers: HeadersLike | undefined, at?: number): number | undefined {
  if (!headers) return undefined;
  const now = at ?? Date.now();
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined) {
    const ms = untilMs(retryAfter, now, true);
    if (ms !== undefined) return ms;
  }
  for (const name of ['ratelimit-reset', 'x-ratelimit-reset', 'x-rate-limit-reset']) {
    const value = header(headers, name);
    const ms = value === undefined ? undefined : untilMs(value, now, false);
    if (ms !== undefined) return ms;
  }
  const structured = header(headers, 'ratelimit');
  const reset = structured && /(?:^|[;,\s])t=(\d+)|reset=(\d+)/.exec(structured);
  if (reset) return Number(reset[1] ?? reset[2]) * 1000;
  return undefined;
}

const REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id', 'request-id', 'x-amzn-requestid'];

/** The request id a response carries in one of the common headers. */
export function requestIdFrom(headers: HeadersLike | undefined): string | undefined {
  if (!headers) return undefined;
  for (const name of REQUEST_ID_HEADERS) {
    const value = header(headers, name);
    if (value) return value.slice(0, 256);
  }
  return undefined;
}

const UNSAFE_IN_HEADER = /[^\x20-\x7e\t]/g;
const utf8 = /* @__PURE__ */ new TextEncoder();

/**
 * A value that is safe as an HTTP header value: CR, LF, other control characters and anything
 * outside printable ASCII are percent-encoded (UTF-8), so no param can split or forge a header.
 */
export function headerValue(value: string): string {
  return value.replace(UNSAFE_IN_HEADER, (c) =>
    Array.from(utf8.encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** Reason phrases of the statuses APIs send with errors. */
const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  424: 'Failed Dependency',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The standard reason phrase of a status, or `HTTP <status>`. */
export function reasonPhrase(status: number): string {
  return REASONS[status] ?? `HTTP ${status}`;
}

/**
 * Reads at most `maxBytes` of a body stream and stops (cancelling the rest), so an endless or huge
 * body costs bounded memory. Returns the text and whether it was cut.
 */
export async function readBounded(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<{ text: string; truncated: boolean }> {
  if (!body) return { text: '', truncated: false };
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - total;
      if (value.byteLength > room) {
        text += decoder.decode(value.subarray(0, Math.max(0, room)), { stream: true });
        await reader.cancel().catch(() => undefined);
        return { text: text + decoder.decode(), truncated: true };
      }
      total += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
    return { text: text + decoder.decode(), truncated: false };
  } finally {
    reader.releaseLock();
  }
}

/** The body of a response as the bytes to send: JSON text (bigints as strings) unless it is text already. */
export function bodyText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** A status a response can carry: the given one, or 500 where it is none (a `Response` refuses 0 or 1xx). */
export function responseStatus(status: number): number {
  return Number.isInteger(status) && status >= 200 && status <= 599 ? status : 500;
}
