import type { Span, SpanStatus } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { acme } from '../testing/acme.js';
import { errorAttributes, recordError } from './otel.js';

// The real OpenTelemetry SDK records these in tooling/observability; here, the edge cases.

/** A span that keeps what it is given, as the SDK's does. */
function span(recording = true) {
  const kept: { attributes: Record<string, unknown>; status: SpanStatus | undefined } = { attributes: {}, status: undefined };
  const s = {
    isRecording: () => recording,
    setAttributes: (a: Record<string, unknown>) => Object.assign(kept.attributes, a),
    setStatus: (status: SpanStatus) => (kept.status = status),
  };
  return { span: s as unknown as Span, kept };
}

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
  },
);

describe('errorAttributes', () => {
  it('names an ErrsError <vendor>.<code>, with its status, category, request id and no param or message', () => {
    const e = acme.parse({ error: { type: 'not_found', message: 'No order with id o-1.', params: { resource: 'order', id: 'o-1' } }, request_id: 'r-1' }, { status: 404 });
    expect(errorAttributes(e)).toEqual({
      'error.type': 'acme.not_found',
      'http.response.status_code': 404,
      'errs.vendor': 'acme',
      'errs.category': 'NOT_FOUND',
      'errs.known': true,
      'errs.retryable': false,
      'errs.request_id': 'r-1',
    });
    expect(errorAttributes(e, { metric: true })).not.toHaveProperty('errs.request_id');
  });

  it('keeps a code the catalog lacks when it reads as an identifier, else _OTHER', () => {
    expect(errorAttributes(acme.parse({ error: { type: 'quota.exceeded-v2', message: 'm' } }, { status: 429 }))['error.type']).toBe('acme.quota.exceeded-v2');
    expect(errorAttributes(acme.parse({ error: { type: 'order o-1 gone', message: 'm' } }, { status: 410 }))['error.type']).toBe('acme._OTHER');
    expect(errorAttributes(acme.parse({ error: { type: 'x'.repeat(65), message: 'm' } }, { status: 400 }))['error.type']).toBe('acme._OTHER');
  });

  it('has no status code for a request that got no response', async () => {
    const e = await acme.fromError(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) }));
    expect(errorAttributes(e)).toMatchObject({ 'error.type': 'acme.UNAVAILABLE', 'errs.category': 'UNAVAILABLE' });
    expect(errorAttributes(e)).not.toHaveProperty('http.response.status_code');
  });

  it('names any other thrown value by its class, and what has none _OTHER', () => {
    class QuotaError extends Error {}
    expect(errorAttributes(new TypeError('x'))).toEqual({ 'error.type': 'TypeError' });
    expect(errorAttributes(new QuotaError('x'))).toEqual({ 'error.type': 'QuotaError' });
    expect(errorAttributes(Object.assign(new Error('x'), { name: 'AbortError' }))).toEqual({ 'error.type': 'AbortError' });
    expect(errorAttributes('boom')).toEqual({ 'error.type': '_OTHER' });
    expect(errorAttributes(null)).toEqual({ 'error.type': '_OTHER' });
    expect(errorAttributes(hostile)).toEqual({ 'error.type': '_OTHER' });
  });

  it('gives a parse failure its vendor, reason and status', () => {
    const failure = acme.safeParse('<html>502 Bad Gateway</html>', { status: 502 }).error!;
    expect(errorAttributes(failure)).toEqual({ 'error.type': 'ErrsParseError', 'http.response.status_code': 502, 'errs.vendor': 'acme', 'errs.parse_reason': 'not_json' });
  });
});

describe('recordError', () => {
  it('sets status Error described by the message, and the attributes', () => {
    const { span: s, kept } = span();
    expect(recordError(s, acme.create('version_conflict', { expected: 2, actual: 3 }))).toBe(true);
    expect(kept.status).toEqual({ code: 2, message: 'Expected version 2, found 3.' });
    expect(kept.attributes['error.type']).toBe('acme.version_conflict');
  });

  it("describes a 5xx by its code's documented message, not its own", () => {
    const { span: s, kept } = span();
    recordError(s, acme.parse({ error: { type: 'internal', message: 'NullPointerException at Order.java:120' } }, { status: 500 }));
    expect(kept.status).toEqual({ code: 2, message: 'Something went wrong on our side.' });
  });

  it('leaves out the description of a bare status, which the status code says', async () => {
    const { span: s, kept } = span();
    recordError(s, await acme.fromResponse(new Response('<html>Bad Gateway</html>', { status: 502 })));
    expect(kept.status).toEqual({ code: 2 });
    expect(kept.attributes).toMatchObject({ 'error.type': 'acme.HTTP_502', 'http.response.status_code': 502 });
  });

  it('records nothing for a handled error, a 4xx on a server span, or a span that is not recording', () => {
    const e = acme.create('not_found', { resource: 'order', id: 'o-1' });
    for (const [s, options] of [
      [span(), { handled: true }],
      [span(), { server: true }],
      [span(false), {}],
    ] as const) {
      expect(recordError(s.span, e, options)).toBe(false);
      expect(s.kept).toEqual({ attributes: {}, status: undefined });
    }
    const server = span();
    expect(recordError(server.span, acme.create('internal'), { server: true })).toBe(true);
    expect(server.kept.status?.code).toBe(2);
  });

  it('records any thrown value without throwing', () => {
    const a = span();
    recordError(a.span, new RangeError('bad offset'));
    expect(a.kept).toEqual({ attributes: { 'error.type': 'RangeError' }, status: { code: 2, message: 'bad offset' } });
    const b = span();
    recordError(b.span, hostile);
    expect(b.kept).toEqual({ attributes: { 'error.type': '_OTHER' }, status: { code: 2 } });
  });
});

describe('errorAttributes of what carries no request id or no status', () => {
  it('has no errs.request_id key for an ErrsError without a request id', () => {
    const attributes = errorAttributes(acme.create('not_found', { resource: 'order', id: 'o-1' }));
    expect(attributes).not.toHaveProperty('errs.request_id');
    expect(Object.keys(attributes)).toEqual(['error.type', 'http.response.status_code', 'errs.vendor', 'errs.category', 'errs.known', 'errs.retryable']);
  });

  it('has no status code key for a parse failure without a status', () => {
    const failure = acme.safeParse('<html>').error!;
    expect(errorAttributes(failure)).not.toHaveProperty('http.response.status_code');
    expect(Object.keys(errorAttributes(failure))).toEqual(['error.type', 'errs.vendor', 'errs.parse_reason']);
  });

  it('keeps the request id when metric is false', () => {
    const e = acme.parse({ error: { type: 'not_found', message: 'No order.', params: { resource: 'order', id: 'o-1' } }, request_id: 'r-9' }, { status: 404 });
    expect(errorAttributes(e, { metric: false })).toHaveProperty('errs.request_id', 'r-9');
  });
});

describe('recordError descriptions', () => {
  it('describes an error that got no response by its message (status 0 is no bare status)', async () => {
    const e = await acme.fromError(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) }));
    const { span: s, kept } = span();
    expect(recordError(s, e, { server: true })).toBe(true);
    expect(e.message).not.toBe('');
    expect(kept.status).toEqual({ code: 2, message: e.message });
  });

  it("describes a code the catalog lacks by the vendor's own message", () => {
    const { span: s, kept } = span();
    recordError(s, acme.parse({ error: { type: 'quota_exceeded', message: 'Slow down: 10 calls a minute.' } }, { status: 429 }));
    expect(kept.status).toEqual({ code: 2, message: 'Slow down: 10 calls a minute.' });
  });

  it('gives no description for an empty or non-string message', () => {
    const a = span();
    recordError(a.span, new Error(''));
    expect(a.kept.status).toEqual({ code: 2 });
    const b = span();
    recordError(b.span, { message: 42 });
    expect(b.kept.status).toEqual({ code: 2 });
  });

  it('records a 4xx on a span that is not a server span, and when handled is false', () => {
    const e = acme.create('not_found', { resource: 'order', id: 'o-1' });
    const a = span();
    expect(recordError(a.span, e, { server: false, handled: false })).toBe(true);
    expect(a.kept.status?.code).toBe(2);
    expect(a.kept.attributes['http.response.status_code']).toBe(404);
  });
});

describe('recordError: a request without a response is no bare status', () => {
  it('describes it even where its message reads as its title', async () => {
    const title = 'No response: the server could not be reached';
    const e = await acme.fromError(Object.assign(new TypeError(title), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) }));
    expect([e.status, e.known, e.message, e.title]).toEqual([0, false, title, title]);
    const { span: s, kept } = span();
    recordError(s, e);
    expect(kept.status).toEqual({ code: 2, message: title });
  });
});
