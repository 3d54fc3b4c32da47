// A local stand-in for Sentry's ingestion: it takes the envelopes an SDK posts to
// /api/<project>/envelope/ and keeps the events they carry, as Sentry would receive them.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** The fields of a received event that the tests read. */
export interface ReceivedEvent {
  readonly event_id: string;
  readonly fingerprint?: string[];
  readonly tags?: Record<string, string>;
  readonly contexts?: Record<string, Record<string, unknown>>;
  readonly exception?: { readonly values: readonly { readonly type: string; readonly value: string }[] };
}

export interface SentryEndpoint {
  /** A DSN that sends to this endpoint, project 1. */
  readonly dsn: string;
  /** Every event received so far, in order. */
  readonly events: ReceivedEvent[];
  /** The raw text of every envelope received, to look for what must not be there. */
  readonly envelopes: string[];
  close(): Promise<void>;
}

/** An envelope: a header line, then for each item a header line and a payload line. */
function eventsOf(text: string): ReceivedEvent[] {
  const lines = text.split('\n');
  const events: ReceivedEvent[] = [];
  for (let i = 1; i + 1 < lines.length; i += 2) {
    const item = JSON.parse(lines[i]!) as { type?: string };
    if (item.type === 'event') events.push(JSON.parse(lines[i + 1]!) as ReceivedEvent);
  }
  return events;
}

export async function startSentryEndpoint(): Promise<SentryEndpoint> {
  const events: ReceivedEvent[] = [];
  const envelopes: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      if (req.method === 'POST' && req.url?.startsWith('/api/1/envelope/')) {
        const text = body.toString('utf8');
        envelopes.push(text);
        events.push(...eventsOf(text));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dsn: `http://public@127.0.0.1:${port}/1`,
    events,
    envelopes,
    close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })),
  };
}
