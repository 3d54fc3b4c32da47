// Each real client set up once with errs's integration: what reaches the caller's `catch`. Every call
// is awaited in an async function of this file, as a user's code would, so that the error's stack can
// be checked to start here.
import type { Middleware } from '@commercetools/ts-client';
import { ClientBuilder } from '@commercetools/ts-client';
import type { Catalog } from '@errs/core';
import { errsInterceptor } from '@errs/core/axios';
import { errsFetch } from '@errs/core/fetch';
import { errsHooks as gotHooks } from '@errs/core/got';
import { errsHooks as kyHooks } from '@errs/core/ky';
import { errsHooks as ofetchHooks } from '@errs/core/ofetch';
import { errsMiddleware } from '@errs/core/openapi-fetch';
import { errsMiddleware as sdkMiddleware } from '@errs/connect/sdk';
import axios from 'axios';
import got from 'got';
import ky from 'ky';
import ky1 from 'ky1';
import { ofetch } from 'ofetch';
import createClient from 'openapi-fetch';
import type { RequestInit } from './clients.js';

type Paths = Record<string, { get: { parameters: object; responses: { default: { content: { 'application/json': unknown } } } } }>;

/** The settled outcome of one call: what it resolved with, or what it rejected with. */
export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** One call of a client set up with errs, no retries. */
export type Integrated = (url: string, init?: RequestInit) => Promise<Outcome>;

const timeoutSignal = (init: RequestInit) => (init.timeoutMs === undefined ? init.signal : AbortSignal.timeout(init.timeoutMs));

export const integrated: Readonly<Record<string, (catalog: Catalog) => Integrated>> = {
  axios: (catalog) => {
    const client = axios.create();
    client.interceptors.response.use(undefined, errsInterceptor(catalog));
    return async function callAxios(url, init = {}) {
      try {
        return { ok: true, value: (await client.get(url, { timeout: init.timeoutMs, signal: init.signal })).data };
      } catch (error) {
        return { ok: false, error };
      }
    };
  },
  'ky 1': (catalog) => {
    // ky 1's types ask its beforeError hook for an HTTPError back (see @errs/core/ky): cast to ky 1's hooks.
    const client = ky1.create({ retry: 0, hooks: kyHooks(catalog) as unknown as NonNullable<Parameters<typeof ky1.create>[0]>['hooks'] });
    return async function callKy1(url, init = {}) {
      try {
        return { ok: true, value: await client.get(url, { timeout: init.timeoutMs ?? false, signal: init.signal }).json() };
      } catch (error) {
        return { ok: false, error };
      }
    };
  },
  'ky 2': (catalog) => {
    const client = ky.create({ retry: 0, hooks: kyHooks(catalog) });
    return async function callKy2(url, init = {}) {
      try {
        return { ok: true, value: await client.get(url, { timeout: init.timeoutMs ?? false, signal: init.signal }).json() };
      } catch (error) {
        return { ok: false, error };
      }
    };
  },
  ofetch: (catalog) => {
    const client = ofetch.create({ retry: 0, ...ofetchHooks(catalog) });
    return async function callOfetch(url, init = {}) {
      try {
        return { ok: true, value: (await client(url, { timeout: init.timeoutMs, signal: init.signal })) as unknown };
      } catch (error) {
        return { ok: false, error };
      }
    };
  },
  got: (catalog) => {
    const client = got.extend({ retry: { limit: 0 }, hooks: gotHooks(catalog) });
    return async function callGot(url, init = {}) {
      try {
        const timeout = init.timeoutMs === undefined ? {} : { timeout: { request: init.timeoutMs } };
        return { ok: true, value: await client(url, { ...timeout, signal: init.signal }).json() };
      } catch (error) {
        return { ok: false, error };
      }
    };
  },
  'openapi-fetch': (catalog) => {
    return async function callOpenapiFetch(url, init = {}) {
      const { origin, pathname } = new URL(url);
      const client = createClient<Paths>({ baseUrl: origin });
      client.use(errsMiddleware(catalog));
      try {
        const result = await client.GET(pathname, { signal: timeoutSignal(init) });
        return { ok: true, value: result.data };
      } catch (error) {
        return { ok: false, error };
      }
    };
  },
  fetch: (catalog) => {
    const fetch = errsFetch(catalog);
    return async function callFetch(url, init = {}) {
      try {
        const response = await fetch(url, { signal: timeoutSignal(init) });
        return { ok: true, value: await response.json() };
      } catch (error) {
        return { ok: false, error };
      }
    };
  },
};

/** commercetools' client with errs's middleware, its http middleware over `host`. */
export function commercetools(host: string, http: { timeout?: number; enableRetry?: boolean; retryConfig?: object; getAbortController?: () => AbortController } = {}, middleware: Middleware = sdkMiddleware()) {
  return new ClientBuilder().withProjectKey('p').withMiddleware(middleware).withHttpMiddleware({ host, httpClient: fetch, ...http }).build();
}
