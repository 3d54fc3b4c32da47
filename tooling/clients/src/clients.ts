// Each real client, asked for a URL: what reaches the caller's `catch` (or, for openapi-fetch, what
// it returns). No retries, so that one request makes one error.
import axios from 'axios';
import got from 'got';
import ky from 'ky';
import ky1 from 'ky1';
import { ofetch } from 'ofetch';
import createClient from 'openapi-fetch';

/** How a request is made to fail without a response. */
export interface RequestInit {
  /** The client's own timeout, in ms. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

type Paths = Record<string, { get: { parameters: object; responses: { default: { content: { 'application/json': unknown } } } } }>;

/** The thrown or returned value of one request that fails (a resolved request is a test failure). */
export type Client = (url: string, init?: RequestInit) => Promise<unknown>;

const caught = (request: Promise<unknown>): Promise<unknown> =>
  request.then(
    () => {
      throw new Error('the request succeeded');
    },
    (error: unknown) => error,
  );

export const clients: Readonly<Record<string, Client>> = {
  axios: (url, init = {}) => caught(axios.get(url, { timeout: init.timeoutMs, signal: init.signal })),
  'ky 1': (url, init = {}) => caught(ky1.get(url, { retry: 0, timeout: init.timeoutMs ?? false, signal: init.signal })),
  'ky 2': (url, init = {}) => caught(ky.get(url, { retry: 0, timeout: init.timeoutMs ?? false, signal: init.signal })),
  ofetch: (url, init = {}) => caught(ofetch(url, { retry: 0, timeout: init.timeoutMs, signal: init.signal })),
  got: (url, init = {}) =>
    caught(got(url, { retry: { limit: 0 }, ...(init.timeoutMs === undefined ? {} : { timeout: { request: init.timeoutMs } }), signal: init.signal })),
  'openapi-fetch': async (url, init = {}) => {
    const { origin, pathname } = new URL(url);
    const client = createClient<Paths>({ baseUrl: origin });
    const signal = init.timeoutMs === undefined ? init.signal : AbortSignal.timeout(init.timeoutMs);
    try {
      const result = await client.GET(pathname, { signal });
      if (result.response.ok) throw new Error('the request succeeded');
      return result; // { error, response }: openapi-fetch returns HTTP errors, it does not throw them
    } catch (error) {
      return error; // network failures, timeouts and aborts are thrown
    }
  },
};
