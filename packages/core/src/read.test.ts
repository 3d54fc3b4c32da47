// read.ts through the catalog: what a wire error gives (fallbacks for what the body leaves out), the
// decoding limits, the unwrapping of a vendor's own client errors, and the words of a mismatch.
import { describe, expect, it } from 'vitest';
import type { Envelope, ReadContext, WireError } from './envelope.js';
import { mismatch } from './envelope.js';
import { defineCatalog, ErrsParseError } from './index.js';
import { acme, acmeEnvelope } from './testing/acme.js';

/** A catalog of acme's codes whose envelope hands the core the wire error a body names, as it is. */
function wired(extra: Partial<Envelope> = {}) {
  const seen: { context?: ReadContext } = {};
  const catalog = defineCatalog({
    vendor: 'wired',
    errors: acme.errors,
    envelope: {
      ...acmeEnvelope,
      read: (body, context) => {
        seen.context = context;
        return (body as { wire: WireError }).wire;
      },
      ...extra,
    },
  });
  return { catalog, seen };
}

describe('what a wire error leaves out', () => {
  const { catalog } = wired();

  it('takes the status a body carries when the transport gives none, and the transport status over it', () => {
    expect(catalog.parse({ wire: { code: 'not_found', status: 410 } }).status).toBe(410);
    expect(catalog.parse({ wire: { code: 'not_found', status: 410 } }, { status: 404 }).status).toBe(404);
    expect(catalog.parse({ wire: { code: 'brand_new', status: 418 } }).status).toBe(418);
  });

  it("fills a known code's documented message from its params, and names an unknown code by itself", () => {
    const known = catalog.parse({ wire: { code: 'not_found', params: { resource: 'order', id: '7' } } });
    expect(known.message).toBe('No order with id 7.');
    expect(catalog.parse({ wire: { code: 'brand_new' } }).message).toBe('brand_new');
    expect(catalog.parse({ wire: { code: 'not_found', message: 'Own words.' } }).message).toBe('Own words.');
  });

  it("gives a known code its title and retry advice, an unknown one its status's reason phrase and category's advice", () => {
    const known = catalog.parse({ wire: { code: 'version_conflict', params: { expected: 1 } } });
    expect(known.title).toBe(acme.get('version_conflict').title);
    expect(known.retry).toEqual({ strategy: 'refetch', note: 'Fetch the order again, re-apply your change, then retry.' });
    const unknown = catalog.parse({ wire: { code: 'brand_new' } }, { status: 503 });
    expect(unknown).toMatchObject({ title: 'Service Unavailable', category: 'UNAVAILABLE', known: false });
    expect(unknown.retry.strategy).toBe(acme.fromStatus(503).retry.strategy);
    expect(catalog.parse({ wire: { code: 'brand_new' } }, { status: 409 }).title).toBe('Conflict');
  });

  it('takes request id and retry-after from the body over the headers, and from the headers when the body has none', () => {
    const headers = { 'x-request-id': 'from-header', 'retry-after': '9' };
    expect(catalog.parse({ wire: { code: 'rate_limited', requestId: 'from-body', retryAfterMs: 1500 } }, { headers })).toMatchObject({
      requestId: 'from-body',
      retryAfterMs: 1500,
    });
    expect(catalog.parse({ wire: { code: 'rate_limited' } }, { headers })).toMatchObject({ requestId: 'from-header', retryAfterMs: 9000 });
    expect(catalog.parse({ wire: { code: 'rate_limited' } })).toMatchObject({ requestId: undefined, retryAfterMs: undefined });
  });

  it('gives no details for none or an empty list', () => {
    expect(catalog.parse({ wire: { code: 'invalid_request' } }).details).toEqual([]);
    expect(catalog.parse({ wire: { code: 'invalid_request', details: [] } }).details).toEqual([]);
  });

  it("fills a detail's message from its code, names an unknown detail by its code, and leaves out a path it lacks", () => {
    const e = catalog.parse({
      wire: {
        code: 'invalid_request',
        details: [{ code: 'too_long', params: { max: 5 } }, { code: 'mystery', path: 'x' }, { code: 'required', message: 'Give a name.' }],
      },
    });
    expect(e.details).toEqual([
      { code: 'too_long', message: 'At most 5 characters.', params: { max: 5 }, known: true },
      { code: 'mystery', message: 'mystery', params: {}, path: 'x', known: false },
      { code: 'required', message: 'Give a name.', params: {}, known: true },
    ]);
    expect('path' in e.details[0]!).toBe(false);
  });

  it('reads a detail that repeats the error itself (same code, same params) with the same params', () => {
    const params = { resource: 'order', id: '7', extra: 1 };
    const e = catalog.parse({ wire: { code: 'not_found', params, details: [{ code: 'not_found', params }] } });
    expect(e.details[0]!.params).toEqual(e.params);
    expect(e.details[0]!.params).toEqual({ resource: 'order', id: '7' });
  });

  it('hands the envelope the transport status and headers, and strict only when asked', () => {
    const { catalog: c, seen } = wired();
    const headers = { 'x-request-id': 'h' };
    c.parse({ wire: { code: 'internal' } }, { status: 502, headers });
    expect(seen.context).toMatchObject({ status: 502, headers, strict: false });
    c.parse({ wire: { code: 'internal' } }, { strict: true });
    expect(seen.context?.strict).toBe(true);
    c.parse({ wire: { code: 'internal' } }, { strict: false });
    expect(seen.context?.strict).toBe(false);
  });
});

describe('the words of a mismatch', () => {
  const saying = (answer: ReturnType<Envelope['read']>) =>
    defineCatalog({ vendor: 'm', errors: acme.errors, envelope: { ...acmeEnvelope, read: () => answer } }).safeParse({}, { status: 422 }).error;

  it("names the first issue and where it is, dotted, after the vendor's name", () => {
    const error = saying(mismatch('not this', ['a', 0, 'b']));
    expect(error?.message).toBe('m: not an error body of m: not this at a.0.b');
    expect(error).toMatchObject({ reason: 'shape', status: 422 });
    expect(error?.issues).toEqual([{ message: 'not this', path: ['a', 0, 'b'], code: 'custom' }]);
  });

  it('says nothing of a place for an issue without a path, and "shape mismatch" for no issue', () => {
    expect(saying(mismatch('not this'))?.message).toBe('m: not an error body of m: not this');
    expect(saying({ issues: [] })?.message).toBe('m: not an error body of m: shape mismatch');
  });
});

describe('decoding', () => {
  const body = JSON.stringify({ error: { type: 'invalid_request', message: 'm' } });
  const bytes = new TextEncoder().encode(body);

  it('reads bytes up to exactly maxBytes, and refuses one byte more, saying the limit', () => {
    expect(acme.safeParse(bytes, { maxBytes: bytes.byteLength }).success).toBe(true);
    const over = acme.safeParse(bytes, { maxBytes: bytes.byteLength - 1, status: 400 });
    expect(over.error).toMatchObject({ reason: 'too_large', status: 400 });
    expect(over.error?.message).toBe(`acme: body is larger than ${bytes.byteLength - 1} bytes`);
  });

  it('counts the bytes of bytes, not their characters', () => {
    const accented = new TextEncoder().encode(JSON.stringify({ error: { type: 'invalid_request', message: 'é'.repeat(50) } }));
    const chars = new TextDecoder().decode(accented).length;
    expect(acme.safeParse(accented, { maxBytes: accented.byteLength }).success).toBe(true);
    expect(acme.safeParse(accented, { maxBytes: chars }).error?.reason).toBe('too_large');
  });

  it('refuses bytes past the default limit of 1 MiB when no maxBytes is given', () => {
    const body = new TextEncoder().encode(JSON.stringify({ error: { type: 'invalid_request', message: 'é'.repeat(600_000) } }));
    expect(body.byteLength).toBeGreaterThan(1024 * 1024);
    const r = acme.safeParse(body);
    expect(r.error?.reason).toBe('too_large');
    expect(r.error?.message).toBe('acme: body is larger than 1048576 bytes');
  });

  it('reads an ArrayBuffer as its bytes', () => {
    const buffer = bytes.slice().buffer;
    expect(acme.parse(buffer)).toMatchObject({ code: 'invalid_request', known: true });
    expect(acme.safeParse(buffer, { maxBytes: 10 }).error?.reason).toBe('too_large');
  });

  it('keeps the transport status and the cause on a body that is not JSON', () => {
    const r = acme.safeParse('{"error":', { status: 502 });
    expect(r.error).toMatchObject({ reason: 'not_json', status: 502 });
    expect(r.error?.cause).toBeInstanceOf(SyntaxError);
    expect(acme.safeParse([1], { status: 400 }).error).toMatchObject({ reason: 'not_object', status: 400 });
  });
});

describe("unwrapping a vendor client's own error", () => {
  const inner = { error: { type: 'rate_limited', message: 'Slow down.' } };
  class SdkError {
    constructor(readonly body: unknown) {}
  }
  const c = defineCatalog({
    vendor: 'sdk',
    errors: acme.errors,
    envelope: {
      ...acmeEnvelope,
      unwrap: (input) => (input instanceof SdkError ? { body: input.body, status: 429, headers: { 'retry-after': '4', 'x-request-id': 'sdk-1' } } : undefined),
    },
  });

  it('reads the body it carries, with its status and headers when the caller gives none', () => {
    expect(c.parse(new SdkError(inner))).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 4000, requestId: 'sdk-1' });
    expect(c.parse(new SdkError(JSON.stringify(inner)))).toMatchObject({ code: 'rate_limited', status: 429 });
    expect(c.parse(new SdkError(inner), { status: 503, headers: { 'x-request-id': 'own' } })).toMatchObject({ status: 503, requestId: 'own', retryAfterMs: undefined });
  });

  it('leaves a plain body alone', () => {
    expect(c.parse(inner)).toMatchObject({ code: 'rate_limited', status: 429, requestId: undefined });
  });

  it('is never asked about bytes, text or null', () => {
    const asked: unknown[] = [];
    const spy = defineCatalog({
      vendor: 'sdk',
      errors: acme.errors,
      envelope: { ...acmeEnvelope, unwrap: (input) => (asked.push(input), { body: { error: { type: 'internal', message: 'unwrapped' } } }) },
    });
    const text = JSON.stringify(inner);
    expect(spy.parse(text).code).toBe('rate_limited');
    expect(spy.parse(new TextEncoder().encode(text)).code).toBe('rate_limited');
    expect(spy.parse(new TextEncoder().encode(text).buffer).code).toBe('rate_limited');
    expect(spy.safeParse(null).error?.reason).toBe('not_object');
    expect(asked).toEqual([]);
    expect(spy.parse({}).message).toBe('unwrapped');
    expect(asked).toHaveLength(1);
  });

  it('gives an ErrsParseError, not a crash, when what it unwraps is no envelope', () => {
    expect(c.safeParse(new SdkError('nope')).error).toBeInstanceOf(ErrsParseError);
    expect(c.safeParse(new SdkError('nope')).error).toMatchObject({ reason: 'not_json', status: 429 });
  });
});
