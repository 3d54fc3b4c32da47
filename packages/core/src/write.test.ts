// encode and toResponse (write.ts): masking of 5xx messages, Retry-After, headers and the status an
// envelope may set.
import { describe, expect, it } from 'vitest';
import type { WireView } from './envelope.js';
import { defineCatalog, ErrsError, fromJSON } from './index.js';
import { acme, acmeEnvelope } from './testing/acme.js';

type AcmeBody = { error: { type: string; message: string; fields?: { name: string; type: string; message: string }[] } };
const bodyOf = (encoded: { body: unknown }) => encoded.body as AcmeBody;

describe('masking', () => {
  it('masks from status 500, not below', () => {
    const own = (status: number) => acme.create('invalid_request', {}, { status, message: 'own words' });
    expect(bodyOf(acme.encode(own(499))).error.message).toBe('own words');
    expect(bodyOf(acme.encode(own(500))).error.message).toBe('The request is invalid.');
    expect(bodyOf(acme.encode(own(500), { expose: false })).error.message).toBe('The request is invalid.');
    expect(bodyOf(acme.encode(own(500), { expose: true })).error.message).toBe('own words');
  });

  it("sends an unknown 5xx error's title, even when its code is also a code of the catalog", () => {
    // A nested-only code sent as the error itself is unknown: its documented message is not the error's.
    const e = acme.parse({ error: { type: 'required', message: 'NPE at Foo.java:1' } }, { status: 500 });
    expect(e.known).toBe(false);
    expect(bodyOf(acme.encode(e)).error.message).toBe('Internal Server Error');
    expect(bodyOf(acme.encode(acme.parse({ error: { type: 'brand_new', message: 'secret' } }, { status: 502 }))).error.message).toBe('Bad Gateway');
  });

  it("masks a detail known to nobody by the error's documented message, even when its code is in the catalog", () => {
    const e = fromJSON({
      vendor: 'acme',
      code: 'internal',
      status: 500,
      message: 'secret',
      known: true,
      details: [{ code: 'required', message: 'secret detail', params: {}, path: 'a', known: false }],
    });
    expect(bodyOf(acme.encode(e)).error.fields).toEqual([{ name: 'a', type: 'required', message: 'Something went wrong on our side.' }]);
  });

  it("keeps each detail's path and params on the wire", () => {
    const e = acme.create('invalid_request', {}, { details: [{ code: 'too_long', params: { max: 4 }, path: 'notes' }] });
    expect(bodyOf(acme.encode(e)).error.fields).toEqual([{ name: 'notes', type: 'too_long', message: 'At most 4 characters.', params: { max: 4 } }]);
  });
});

describe('Retry-After', () => {
  const after = (retryAfterMs: number | undefined) => acme.encode(acme.create('rate_limited', {}, { retryAfterMs })).headers['retry-after'];

  it('rounds up to whole seconds, sends 0, and nothing for none or a negative delay', () => {
    expect(after(1000)).toBe('1');
    expect(after(1001)).toBe('2');
    expect(after(0)).toBe('0');
    expect(after(-1)).toBeUndefined();
    expect(after(undefined)).toBeUndefined();
  });
});

describe('headers and status an envelope sets', () => {
  const seen: { view?: WireView } = {};
  const own = defineCatalog({
    vendor: 'own',
    errors: acme.errors,
    envelope: {
      ...acmeEnvelope,
      contentType: 'application/vnd.own+json',
      write: (view) => {
        seen.view = view;
        return { ...acmeEnvelope.write(view), headers: { 'X-Own-Trace': 't-1', 'Retry-After': '60' }, status: 418 };
      },
    },
  });

  it("takes the envelope's content type, headers (named in lower case) and status, the caller's headers last", () => {
    const e = own.create('rate_limited', {}, { retryAfterMs: 2000 });
    expect(own.encode(e)).toMatchObject({ status: 418, headers: { 'content-type': 'application/vnd.own+json', 'x-own-trace': 't-1', 'retry-after': '60' } });
    expect(own.encode(e, { headers: { 'X-Own-Trace': 'mine', 'Content-Type': 'text/plain' } }).headers).toEqual({
      'content-type': 'text/plain',
      'x-own-trace': 'mine',
      'retry-after': '60',
    });
    expect(own.toResponse(e).status).toBe(418);
  });

  it('hands the envelope the status it sends, the category, known and the retry delay', () => {
    own.encode(
      new ErrsError({
        vendor: 'own', code: 'UNAVAILABLE', status: 0, message: 'm', params: {}, category: 'UNAVAILABLE', retry: { strategy: 'backoff' }, known: false, retryAfterMs: 5,
        requestId: 'r',
      }),
    );
    expect(seen.view).toMatchObject({ vendor: 'own', code: 'UNAVAILABLE', status: 503, category: 'UNAVAILABLE', known: false, retryAfterMs: 5, requestId: 'r' });
  });

  it('writes a Response with the body as JSON text and the headers', async () => {
    const r = acme.toResponse(acme.create('rate_limited', {}, { retryAfterMs: 3000 }));
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('3');
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(await r.json()).toEqual({ error: { type: 'rate_limited', message: 'Slow down.' } });
  });
});
