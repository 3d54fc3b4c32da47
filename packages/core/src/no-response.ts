// Requests that got no response at all: what each HTTP client throws then, recognised by shape.
// The names and codes are the clients' and the runtimes' own (axios, got, ky, ofetch, undici's
// fetch, Node's sockets, DOMException, workerd's messages); none of them is imported.

/** What happened to a request that got no response. */
export type NoResponseCategory = 'UNAVAILABLE' | 'DEADLINE_EXCEEDED' | 'CANCELLED';

const U = 'UNAVAILABLE';
const D = 'DEADLINE_EXCEEDED';
const C = 'CANCELLED';

/** `error.code` of sockets, undici, axios and got. */
const BY_CODE: Readonly<Record<string, NoResponseCategory>> = {
  ECONNREFUSED: U,
  ECONNRESET: U,
  ENOTFOUND: U,
  EAI_AGAIN: U,
  EHOSTUNREACH: U,
  EHOSTDOWN: U,
  ENETUNREACH: U,
  ENETDOWN: U,
  EPIPE: U,
  ERR_NETWORK: U, // axios
  UND_ERR_SOCKET: U,
  UND_ERR_CLOSED: U,
  ETIMEDOUT: D, // got's TimeoutError, axios with clarifyTimeoutError, sockets
  ESOCKETTIMEDOUT: D,
  ECONNABORTED: D, // axios's timeout in Node (its xhr adapter uses it for an abort by the browser too)
  UND_ERR_CONNECT_TIMEOUT: D,
  UND_ERR_HEADERS_TIMEOUT: D,
  UND_ERR_BODY_TIMEOUT: D,
  ERR_CANCELED: C, // axios's CanceledError
  ERR_ABORTED: C, // got's AbortError
  ABORT_ERR: C, // Node's AbortError
};

/** `error.name` of DOMExceptions and the clients' own error classes. */
const BY_NAME: Readonly<Record<string, NoResponseCategory>> = {
  AbortError: C,
  CanceledError: C,
  TimeoutError: D, // DOMException of AbortSignal.timeout, ky's, got's, ofetch's
  NetworkError: U, // ky 2
  ConnectTimeoutError: D,
  HeadersTimeoutError: D,
  BodyTimeoutError: D,
};

/** Messages of fetch's own TypeError on a network failure: undici, Chromium, Firefox, Safari, React Native. */
const FETCH_FAILED = /^(?:fetch failed|Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|Network request failed)$/;

/**
 * Messages of workerd's (Cloudflare Workers') fetch when it gets no response: a plain `Error`, not
 * fetch's TypeError. A refused or dropped connection is `Network connection lost.`; a failed lookup
 * is an internal error, whose reference is an opaque id.
 */
const WORKERD_NO_RESPONSE = /^(?:Network connection lost\.|internal error; reference = [0-9a-z]+)$/;

const own = (value: object, key: string): unknown => (value as Record<string, unknown>)[key];

/**
 * The category of a thrown value that says a request got no response (connection refused, DNS,
 * timeout, abort), looking through up to 5 levels of `cause`; undefined for anything else.
 * Reads only `code`, `name`, `message` and `cause`; a getter that throws makes it undefined.
 */
export function noResponseCategory(thrown: unknown): NoResponseCategory | undefined {
  try {
    return classify(thrown);
  } catch {
    return undefined;
  }
}

function classify(thrown: unknown): NoResponseCategory | undefined {
  let fetchFailed = false;
  let value = thrown;
  for (let depth = 0; depth < 5 && typeof value === 'object' && value !== null; depth++) {
    const code = own(value, 'code');
    if (typeof code === 'string' && Object.hasOwn(BY_CODE, code)) return BY_CODE[code];
    const name = own(value, 'name');
    if (typeof name === 'string' && Object.hasOwn(BY_NAME, name)) return BY_NAME[name];
    const message = own(value, 'message');
    if (name === 'TypeError' && typeof message === 'string' && FETCH_FAILED.test(message)) fetchFailed = true;
    if (name === 'Error' && typeof message === 'string' && WORKERD_NO_RESPONSE.test(message)) return U;
    value = own(value, 'cause');
  }
  // fetch's TypeError whose cause says nothing more specific: the server could not be reached.
  return fetchFailed ? U : undefined;
}
