// fromResponse (response.ts): the options it applies to the body, and what an unreadable, oversized or
// foreign body leaves in the error (cause, raw, status and headers).
import { describe, expect, it } from 'vitest';
import { ErrsParseError, isErrsParseError } from './index.js';
import { acme } from './testing/acme.js';

const headers = { 'x-request-id': 'req-1', 'retry-after': '3' };

describe('fromResponse', () => {
  it('applies strict to the body', async () => {
    const body = JSON.stringify({ error: { type: 'not_found', message: 'm', params: { resource: 'invoice', id: '1' } } });
    expect(await acme.fromResponse(new Response(body, { status: 404 }))).toMatchObject({ code: 'not_found', known: true });
    const strict = await acme.fromResponse(new Response(body, { status: 404 }), { strict: true });
    expect(strict).toMatchObject({ code: 'HTTP_404', known: false });
    expect(isErrsParseError(strict.cause) && strict.cause.message).toBe('acme: params of not_found do not fit its schema');
  });

  it('reads a body of exactly maxBytes, and says the limit of one past it, keeping the start as raw', async () => {
    const body = JSON.stringify({ error: { type: 'rate_limited', message: 'Slow down.' } });
    const size = new TextEncoder().encode(body).byteLength;
    expect(await acme.fromResponse(new Response(body, { status: 429 }), { maxBytes: size })).toMatchObject({ code: 'rate_limited', known: true });
    const over = await acme.fromResponse(new Response(body, { status: 429, headers }), { maxBytes: size - 1 });
    expect(over).toMatchObject({ code: 'HTTP_429', known: false, status: 429, requestId: 'req-1', retryAfterMs: 3000, raw: body.slice(0, size - 1) });
    expect(over.cause).toBeInstanceOf(ErrsParseError);
    expect(over.cause).toMatchObject({ reason: 'too_large', status: 429, message: `acme: body is larger than ${size - 1} bytes` });
  });

  it('keeps at most 4096 characters of an oversized body as raw', async () => {
    const e = await acme.fromResponse(new Response('x'.repeat(10_000), { status: 502 }), { maxBytes: 8000 });
    expect(e.raw).toBe('x'.repeat(4096));
  });

  it('keeps a foreign body as raw, its first 4096 characters when longer, with the headers', async () => {
    const short = await acme.fromResponse(new Response('<html>bad gateway</html>', { status: 502, headers }));
    expect(short).toMatchObject({ code: 'HTTP_502', raw: '<html>bad gateway</html>', requestId: 'req-1', retryAfterMs: 3000 });
    const page = `<html>${'y'.repeat(6000)}</html>`;
    expect((await acme.fromResponse(new Response(page, { status: 502 }))).raw).toBe(page.slice(0, 4096));
  });

  it('gives the failure of the body stream as cause, with the status and headers', async () => {
    const failure = new Error('socket hang up');
    const stream = new ReadableStream({
      pull(controller) {
        controller.error(failure);
      },
    });
    const e = await acme.fromResponse(new Response(stream, { status: 503, headers }));
    expect(e).toMatchObject({ code: 'HTTP_503', known: false, requestId: 'req-1', retryAfterMs: 3000, raw: undefined });
    expect(e.cause).toBe(failure);
  });

  it('reads a response without a body as an empty one', async () => {
    const e = await acme.fromResponse(new Response(null, { status: 404 }));
    expect(e).toMatchObject({ code: 'HTTP_404', known: false, raw: '' });
    expect(isErrsParseError(e.cause) && e.cause.reason).toBe('empty');
  });
});
