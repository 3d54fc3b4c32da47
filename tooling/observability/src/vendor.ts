// A local stand-in for the vendor's API: each path answers with an error as the vendor sends it
// (`catalog.toResponse`), and the client side gets its ErrsError the way an app does, from a real
// fetch and `catalog.fromError`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { catalog as connect } from '@errs/connect';
import type { ErrsError } from '@errs/core';

/** What the server answers on each path. */
const routes: Record<string, () => Response> = {
  '/conflict': () =>
    connect.toResponse(connect.create('ConcurrentModification', { resourceId: 'dep-1', expectedVersion: 3, currentVersion: 4 }, { requestId: 'corr-409' })),
  // A 5xx whose own message reaches the client (a vendor that exposes its internals).
  '/internal': () =>
    connect.toResponse(connect.create('General', {}, { message: 'NullPointerException at OrderService.java:120 (db 10.0.0.3)', requestId: 'corr-500' }), { expose: true }),
  '/unavailable': () => new Response('<html><body>503 Service Temporarily Unavailable</body></html>', { status: 503, headers: { 'content-type': 'text/html' } }),
};

export interface VendorServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the vendor on 127.0.0.1, on a port of its own. */
export async function startVendor(): Promise<VendorServer> {
  const server: Server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    const response = route ? route() : new Response('', { status: 200 });
    void response.text().then((body) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })),
  };
}

/** Calls the vendor as an app does: fetch, and the catalog's error for a failure. Resolves to the error. */
export async function callVendor(url: string): Promise<ErrsError> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (thrown) {
    return connect.fromError(thrown); // no response: refused, reset, timed out
  }
  if (response.ok) throw new Error(`expected ${url} to fail, it answered ${response.status}`);
  return connect.fromError(response);
}

/** A URL where nothing listens: a port that was open a moment ago. */
export async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  return `http://127.0.0.1:${port}/`;
}
