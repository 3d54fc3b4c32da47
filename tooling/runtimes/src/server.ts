// The suite's counterpart on 127.0.0.1: POST /echo answers the status, headers and body it is sent
// (a vendor's error as the vendor sends it), GET /html a gateway's HTML page, GET /hang never
// answers (until the client gives up), and the files of `files` (the browser's page and bundle).
import type { Socket } from 'node:net';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  readonly base: string;
  /**
   * A URL of a 127.0.0.1 port nothing listens on: one just taken, then released. Asked for right
   * before each runtime runs, so that another process has little time to take that port.
   */
  closed(): Promise<string>;
  close(): Promise<void>;
}

interface Echo {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

const MAX_ECHO_BYTES = 1 << 20;

/** Starts the server on a free loopback port. @param files path -> [content type, body] */
export async function startServer(files: ReadonlyMap<string, readonly [string, string]>): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files.get(path);
    if (req.method === 'GET' && file) {
      res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
      return;
    }
    if (req.method === 'GET' && path === '/html') {
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    if (req.method === 'GET' && path === '/hang') return; // never answered: the client's timeout or abort ends it
    if (req.method === 'POST' && path === '/echo') {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_ECHO_BYTES) chunks.push(chunk);
      });
      req.on('end', () => {
        try {
          const echo = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Echo;
          const body = typeof echo.body === 'string' ? echo.body : JSON.stringify(echo.body);
          res.writeHead(echo.status, echo.headers ?? {}).end(body);
        } catch (error) {
          res.writeHead(400, { 'content-type': 'text/plain' }).end(`bad echo request: ${String(error)}`);
        }
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`no ${req.method ?? ''} ${path}`);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    closed: async () => {
      const spare = createServer();
      await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
      const { port: closedPort } = spare.address() as AddressInfo;
      await new Promise<void>((resolve) => spare.close(() => { resolve(); }));
      return `http://127.0.0.1:${closedPort}/`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => { resolve(); });
      }),
  };
}
