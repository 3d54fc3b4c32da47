// errs's retry advice against what a vendor's own SDK does, measured: @botpress/client with `retry`
// set (axios-retry's defaults) against a local server answering with the platform catalog's errors.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@botpress/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@errs/core';
import { platform } from './vendors.js';
import type { Served } from './server.js';

const catalog = platform as unknown as Catalog;
let answer: Served = { status: 500, headers: {}, body: '' };
let requests = 0;
const server = createServer((_req, res) => {
  requests++;
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
});
let apiUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
});

async function served(response: Response): Promise<Served> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

const GATEWAY_PAGE = '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>';

// [case, response, does @botpress/client retry it, does errs advise a retry, the status errs reads]
const cases: [string, () => Response, boolean, boolean, number][] = [
  ['429 RateLimited', () => catalog.toResponse(catalog.create('RateLimited')), true, true, 429],
  ['404 ResourceNotFound', () => catalog.toResponse(catalog.create('ResourceNotFound')), false, false, 404],
  // Where errs differs, and why (core README, "Where errs's advice differs"):
  ['500 Internal: the action may have completed', () => catalog.toResponse(catalog.create('Internal')), true, false, 500],
  ['504 OperationTimeout: documented as verify', () => catalog.toResponse(catalog.create('OperationTimeout')), true, false, 504],
  ['409 ResourceLockedConflict: documented as retry after the lock', () => catalog.toResponse(catalog.create('ResourceLockedConflict')), false, true, 409],
  // The SDK turns a body that is not JSON into its UnknownError (500) and keeps neither status nor
  // headers: errs reads what the SDK kept (Unknown, verify). Through axios or fetch the same page
  // reads as HTTP_503, UNAVAILABLE, retryable (clients.test.ts).
  ['503 gateway page', () => new Response(GATEWAY_PAGE, { status: 503, headers: { 'content-type': 'text/html' } }), true, false, 500],
];

describe('@botpress/client (retry: { retries: 2 }) against errs\'s advice, same responses', () => {
  it.each(cases)('%s', async (_name, response, sdkRetries, errsRetries, status) => {
    answer = await served(response());
    requests = 0;
    const client = new Client({ apiUrl, token: 'test-token', botId: 'bot_1', retry: { retries: 2 } });
    const thrown = await client.getBot({ id: 'bot_1' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(requests > 1).toBe(sdkRetries);
    const error = await catalog.fromError(thrown);
    expect(error.vendor).toBe('platform');
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(errsRetries);
  });
});
