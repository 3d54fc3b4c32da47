/**
 * The mock vendor server behind the live demo: node:http on 127.0.0.1, a free port, each route
 * answered by the vendor packages' `catalog.toResponse(...)`.
 *
 *   GET  /mock/                                 the vendors and scenarios (JSON)
 *   POST /mock/:vendor/scenario/:id?run=:run    the next step of a scripted scenario for that run
 *   POST /mock/:vendor/encode                   {code, params, options?} -> toResponse(create(code, params, options))
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CreateOptionsOf } from '../src/lib/encode';
import { isScenarioId, scenarios, scenarioSteps, stepResponse } from '../src/lib/scenarios';
import { vendors } from '../src/vendors';

export interface MockServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface MockServerOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Log each request (dev). */
  readonly log?: (line: string) => void;
}

const MAX_BODY = 64 * 1024;
const MAX_RUNS = 1000;

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  headers['cache-control'] = 'no-store';
  const body = await response.text();
  res.writeHead(response.status, headers);
  res.end(body);
}

function json(status: number, value: unknown): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
}

/**
 * The `create` options a request may carry (request id, status, Retry-After, details), checked
 * field by field: anything else is an error message, never passed on.
 */
function createOptionsOf(value: unknown): CreateOptionsOf | string {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'options must be an object';
  const o = value as Record<string, unknown>;
  const out: { requestId?: string; status?: number; retryAfterMs?: number; details?: CreateOptionsOf['details'] } = {};
  if (o.requestId !== undefined) {
    if (typeof o.requestId !== 'string' || o.requestId.length > 200) return 'options.requestId must be a string';
    out.requestId = o.requestId;
  }
  if (o.status !== undefined) {
    if (typeof o.status !== 'number' || !Number.isInteger(o.status) || o.status < 400 || o.status > 599) return 'options.status must be 400-599';
    out.status = o.status;
  }
  if (o.retryAfterMs !== undefined) {
    if (typeof o.retryAfterMs !== 'number' || !Number.isFinite(o.retryAfterMs) || o.retryAfterMs < 0) return 'options.retryAfterMs must be a number >= 0';
    out.retryAfterMs = o.retryAfterMs;
  }
  if (o.details !== undefined) {
    if (!Array.isArray(o.details) || o.details.length > 100) return 'options.details must be an array (at most 100)';
    const details: { code: string; params?: unknown; path?: string }[] = [];
    for (const d of o.details as unknown[]) {
      if (typeof d !== 'object' || d === null) return 'each detail must be an object';
      const { code, params, path } = d as Record<string, unknown>;
      if (typeof code !== 'string' || (path !== undefined && typeof path !== 'string')) return 'a detail has a string code and an optional string path';
      details.push({ code, params, ...(path === undefined ? {} : { path }) });
    }
    out.details = details;
  }
  return out;
}

/** Starts the mock server on 127.0.0.1 (loopback only). */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  /** Attempts seen per vendor + scenario + run id. Bounded: the oldest runs are forgotten. */
  const runs = new Map<string, number>();

  async function answer(req: IncomingMessage): Promise<Response> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'mock') return json(404, { error: 'not found' });
    if (parts.length === 1) {
      return json(200, { vendors: vendors.map((v) => v.id), scenarios: scenarios.map((s) => s.id) });
    }
    const vendor = vendors.find((v) => v.id === parts[1]);
    if (!vendor) return json(404, { error: `no vendor ${parts[1] ?? ''}` });
    const { catalog } = vendor;
    if (parts[2] === 'scenario' && parts.length === 4) {
      const id = parts[3]!;
      if (!isScenarioId(id)) return json(404, { error: `no scenario ${id}` });
      const key = `${vendor.id}/${id}/${(url.searchParams.get('run') ?? '').slice(0, 64)}`;
      const attempt = runs.get(key) ?? 0;
      runs.delete(key);
      runs.set(key, attempt + 1);
      if (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value!);
      const steps = scenarioSteps(catalog, id);
      return stepResponse(catalog, steps[Math.min(attempt, steps.length - 1)]!, attempt);
    }
    if (parts[2] === 'encode' && parts.length === 3) {
      if (req.method !== 'POST') return json(405, { error: 'POST {"code", "params"}' });
      const text = await readBody(req);
      if (text === undefined) return json(413, { error: 'body too large' });
      let input: { code?: unknown; params?: unknown; options?: unknown };
      try {
        input = JSON.parse(text) as typeof input;
      } catch {
        return json(400, { error: 'body is not JSON' });
      }
      if (typeof input !== 'object' || input === null || typeof input.code !== 'string') return json(400, { error: 'expected {"code": string, "params"?: object, "options"?: object}' });
      const info = catalog.get(input.code);
      if (!info || info.nested) return json(400, { error: `${vendor.id} has no top-level code ${input.code}` });
      const options = createOptionsOf(input.options);
      if (typeof options === 'string') return json(400, { error: options });
      try {
        return catalog.toResponse(catalog.create(input.code, input.params ?? {}, options));
      } catch (cause) {
        return json(400, { error: cause instanceof Error ? cause.message : String(cause) });
      }
    }
    return json(404, { error: 'not found' });
  }

  const server = createServer((req, res) => {
    answer(req)
      .then((response) => {
        options.log?.(`${req.method ?? 'GET'} ${req.url ?? ''} -> ${response.status}`);
        return send(res, response);
      })
      .catch((cause: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`mock server error: ${String(cause)}`);
      });
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 1_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          if (err) reject(err);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
