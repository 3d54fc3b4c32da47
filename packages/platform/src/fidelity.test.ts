// The two body shapes the vendor shows (its docs' examples and its client's), and what its own
// client, @botpress/client, keeps of an error response (current/platform.md).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@botpress/client';
import { describeWithDocs, readVendorDoc } from '@errs/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from './index.js';

/** The fenced JSON blocks of a doc. */
const jsonBlocks = (text: string): unknown[] => [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as unknown);

const view = (e: ReturnType<typeof catalog.parse>) => [e.code, e.status, e.message, e.known, e.category, e.params];

describe('platform: the docs\' shape { type, description, status } and the client\'s { id, code, type, message, metadata }', () => {
  // current/platform.md §1, "Example JSON Responses" (verbatim there).
  const docsUnknown = { type: 'Unknown', description: 'An unknown error occurred', status: 500 };
  const docsTooLarge = { type: 'PayloadTooLarge', description: 'The request payload is too large.', status: 413 };

  it.each([
    [docsUnknown, { id: 'err_20250101000000x00000001', code: 500, type: 'Unknown', message: 'An unknown error occurred' }],
    [docsTooLarge, { id: 'err_20250101000000x00000002', code: 413, type: 'PayloadTooLarge', message: 'The request payload is too large.' }],
  ])('%j parses to the same error as the client\'s body', (docs, client) => {
    expect(view(catalog.parse(docs))).toEqual(view(catalog.parse(client)));
    expect(catalog.parse(docs)).toMatchObject({ code: docs.type, status: docs.status, message: docs.description, known: true });
  });

  it('prefers a message over the description, and code over status, when a body has both', () => {
    const e = catalog.parse({ code: 404, status: 404, type: 'ResourceNotFound', message: 'Bot bot_1 not found', description: 'The requested resource doesn’t exist.' });
    expect([e.code, e.status, e.message]).toEqual(['ResourceNotFound', 404, 'Bot bot_1 not found']);
  });

  it('is not fooled by a problem+json body (type a URI, with status)', () => {
    const r = catalog.safeParse({ type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.', status: 403 });
    expect(r.success).toBe(false);
    expect(catalog.safeParse({ type: 'about:blank', status: 404 }).success).toBe(false);
  });

  it('rejects a body with neither code nor status', () => {
    expect(catalog.safeParse({ type: 'Unknown', description: 'x' }).error?.reason).toBe('shape');
  });

  it('checks status against the transport in strict mode, like code', () => {
    expect(catalog.safeParse(docsTooLarge, { status: 413, strict: true }).success).toBe(true);
    expect(catalog.safeParse(docsTooLarge, { status: 400, strict: true }).error?.issues[0]?.path).toEqual(['status']);
  });
});

describeWithDocs('platform: the examples of the current errors page (current/platform.md §1)', () => {
  it('reads both examples as the documented type, status and description', () => {
    const examples = jsonBlocks(readVendorDoc('current/platform.md')) as { type: string; description: string; status: number }[];
    expect(examples.map((b) => b.type)).toEqual(['Unknown', 'PayloadTooLarge']);
    for (const body of examples) {
      const e = catalog.parse(body);
      expect([e.code, e.status, e.message, e.known]).toEqual([body.type, body.status, body.description, true]);
      expect(catalog.get(body.type)!.status).toBe(body.status);
    }
  });
});

// @botpress/client 1.45.0 over a local server: what it throws, and what errs reads of the response itself.
describe('platform: @botpress/client keeps no headers and maps types it does not know to UnknownError', () => {
  const answers: Record<string, readonly [number, Record<string, string>, unknown]> = {
    '/v1/admin/bots/limited': [429, { 'retry-after': '30', 'ratelimit-reset': '30' }, { id: 'err_20250101000000x0000000A', code: 429, type: 'RateLimited', message: 'Slow down' }],
    '/v1/admin/bots/teapot': [418, {}, { id: 'err_20250101000000x0000000B', code: 418, type: 'Teapot', message: 'I am a teapot' }],
    '/v1/admin/bots/docs': [413, {}, { type: 'PayloadTooLarge', description: 'The request payload is too large.', status: 413 }],
  };
  const server = createServer((req, res) => {
    const [status, headers, body] = answers[(req.url ?? '').split('?')[0]!] ?? [404, {}, { code: 404, type: 'ResourceNotFound', message: 'no', id: 'err_x' }];
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  });
  let apiUrl = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  );

  const thrownBy = async (id: string): Promise<unknown> => {
    const client = new Client({ apiUrl, token: 'test', timeout: 10_000, retry: { retries: 0 } });
    try {
      await client.getBot({ id });
    } catch (thrown) {
      return thrown;
    }
    throw new Error('the client did not throw');
  };

  it('parse of the client\'s RateLimitedError cannot know Retry-After; fromResponse of the response does', async () => {
    const fromSdk = catalog.parse(await thrownBy('limited'));
    expect([fromSdk.code, fromSdk.status, fromSdk.retryAfterMs]).toEqual(['RateLimited', 429, undefined]);
    const fromWire = await catalog.fromResponse(await fetch(`${apiUrl}/v1/admin/bots/limited`));
    expect([fromWire.code, fromWire.status, fromWire.retryAfterMs, fromWire.requestId]).toEqual(['RateLimited', 429, 30_000, 'err_20250101000000x0000000A']);
  });

  it('a type the client does not know reaches errs as Unknown (500) through the SDK, as itself through the response', async () => {
    const fromSdk = catalog.parse(await thrownBy('teapot'));
    expect([fromSdk.code, fromSdk.status, fromSdk.known]).toEqual(['Unknown', 500, true]);
    const fromWire = await catalog.fromResponse(await fetch(`${apiUrl}/v1/admin/bots/teapot`));
    expect([fromWire.code, fromWire.status, fromWire.known, fromWire.message]).toEqual(['Teapot', 418, false, 'I am a teapot']);
  });

  it('a body of the docs\' shape is an "invalid error" to the client, PayloadTooLarge to errs', async () => {
    const fromSdk = catalog.parse(await thrownBy('docs'));
    expect([fromSdk.code, fromSdk.status]).toEqual(['Unknown', 500]);
    expect(fromSdk.message).toMatch(/^An invalid error occurred/);
    const fromWire = await catalog.fromResponse(await fetch(`${apiUrl}/v1/admin/bots/docs`));
    expect([fromWire.code, fromWire.status, fromWire.known]).toEqual(['PayloadTooLarge', 413, true]);
  });
});
