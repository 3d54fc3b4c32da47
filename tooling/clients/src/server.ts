// A real node:http server on 127.0.0.1 (port 0) that answers with each vendor's error responses,
// exactly as `catalog.toResponse` writes them, and a few routes for the cases without a response.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Catalog } from '@errs/core';
import { paramsArbitrary } from '@errs/core/testing';
import fc from 'fast-check';

/** One response, as bytes on the wire: the same for every client that asks. */
export interface Served {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A case of one vendor: its path, and what the error read from it must be. */
export interface Case {
  readonly name: string;
  readonly path: string;
  readonly known: boolean;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
}

const GATEWAY_PAGE = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

async function served(response: Response): Promise<Served> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/** The responses of one vendor: several codes, one with Retry-After, one with a request id header, a 5xx, an HTML page, an empty body. */
export async function vendorRoutes(catalog: Catalog): Promise<{ routes: Map<string, Served>; cases: Case[] }> {
  const top = catalog.codes.filter((code) => !catalog.get(code)!.nested);
  const make = (code: string, options: { requestId?: string; retryAfterMs?: number } = {}) => {
    const [params] = fc.sample(paramsArbitrary(fc, catalog.get(code)!), 1);
    return catalog.create(code, params, options);
  };
  const byStatus = new Map<number, string>();
  for (const code of top) if (!byStatus.has(catalog.get(code)!.status)) byStatus.set(catalog.get(code)!.status, code);
  // Three codes, of distinct statuses where the vendor has them (easydb has two).
  const codes = [...new Set([...byStatus.values(), ...top])].slice(0, 3);
  const serverError = top.find((code) => catalog.get(code)!.status >= 500) ?? top[0]!;
  const clientError = top.find((code) => catalog.get(code)!.status < 500) ?? top[0]!;
  const routes = new Map<string, Served>();
  const cases: Case[] = [];
  const add = async (name: string, response: Response, expected: Omit<Case, 'name' | 'path'>) => {
    const path = `/${catalog.vendor}/${name}`;
    routes.set(path, await served(response));
    cases.push({ name, path, ...expected });
  };
  for (const code of codes) await add(`code-${code}`, catalog.toResponse(make(code)), { known: true });
  await add('retry-after', catalog.toResponse(make(codes[0]!, { retryAfterMs: 2000 })), { known: true, retryAfterMs: 2000 });
  const requestId = `req-${catalog.vendor}-7f3a`;
  // The id in the header, and in the body where the vendor writes one there (the body's wins).
  await add('request-id', catalog.toResponse(make(clientError, { requestId }), { headers: { 'x-request-id': requestId } }), { known: true, requestId });
  await add('server-error', catalog.toResponse(make(serverError)), { known: true });
  await add('gateway-page', new Response(GATEWAY_PAGE, { status: 502, headers: { 'content-type': 'text/html', 'retry-after': '5' } }), {
    known: false,
    retryAfterMs: 5000,
  });
  await add('empty', new Response(null, { status: 503, headers: { 'x-request-id': requestId } }), { known: false, requestId });
  return { routes, cases };
}

/** A running server: its base URL, the requests it saw, and close(). */
export interface TestServer {
  readonly url: string;
  /** Arrival times (ms, performance.now) of the requests per path. */
  readonly seen: Map<string, number[]>;
  close(): Promise<void>;
}

/**
 * Serves `routes`; `/hang` never answers; `/retry/<key>` answers its first request with `first` and
 * every later one with 200 `{"ok":true}`.
 */
export async function startServer(routes: ReadonlyMap<string, Served>, first?: ReadonlyMap<string, Served>): Promise<TestServer> {
  const seen = new Map<string, number[]>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const times = seen.get(path) ?? [];
    times.push(performance.now());
    seen.set(path, times);
    if (path === '/hang') return; // never answers: the client's timeout or abort ends it
    const once = first?.get(path);
    const answer = once && times.length === 1 ? once : once ? { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' } : routes.get(path);
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such route');
      return;
    }
    res.writeHead(answer.status, answer.headers).end(answer.body);
  };
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => { resolve(); });
      }),
  };
}

/**
 * A server answering every route of each catalog (and `extra`), with each vendor's cases by vendor id:
 * what the suites driving the clients against all five vendors start from.
 */
export async function serveCatalogs(catalogs: readonly Catalog[], extra: ReadonlyMap<string, Served> = new Map()): Promise<{ server: TestServer; cases: Map<string, Case[]> }> {
  const routes = new Map<string, Served>(extra);
  const cases = new Map<string, Case[]>();
  for (const catalog of catalogs) {
    const vendor = await vendorRoutes(catalog);
    for (const [path, response] of vendor.routes) routes.set(path, response);
    cases.set(catalog.vendor, vendor.cases);
  }
  return { server: await startServer(routes), cases };
}

/** A URL on 127.0.0.1 where nothing listens: a port that was just bound, then released. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  return `http://127.0.0.1:${port}/nothing`;
}
