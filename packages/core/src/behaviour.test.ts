// Behaviour at the edges a user relies on, each found by a mutant that survived every other test
// (see TESTING.md): options on valid input, the JSON forms, bounds, and what dispatch does.
import { describe, expect, it } from 'vitest';
import { acme } from './testing/acme.js';
import { defineCatalog, match } from './index.js';

const notFound = { error: { type: 'not_found', message: 'No order 7 here.', params: { resource: 'order', id: '7' } } };

describe('strict parsing', () => {
  it('accepts a valid body, with the same error as a lenient parse', () => {
    const strict = acme.safeParse(notFound, { strict: true });
    expect(strict.success).toBe(true);
    expect(strict.data).toMatchObject({ code: 'not_found', known: true, params: { resource: 'order', id: '7' } });
    expect(acme.parse(JSON.stringify(notFound), { strict: true }).message).toBe('No order 7 here.');
  });

  it('names the code and the param that fail, and keeps the transport status', () => {
    const r = acme.safeParse({ error: { type: 'not_found', message: 'm', params: { resource: 'invoice', id: '7' } } }, { strict: true, status: 404 });
    expect(r.success).toBe(false);
    expect(r.error).toMatchObject({ reason: 'shape', status: 404 });
    expect(r.error?.message).toContain('params of not_found do not fit its schema');
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['resource']);
  });
});

describe('toProblem', () => {
  it("gives a 4xx's own message as detail, and the documented one as title", () => {
    const p = acme.parse(notFound).toProblem();
    expect(p.title).not.toBe(p.detail);
    expect(p).toMatchObject({ status: 404, detail: 'No order 7 here.', code: 'not_found' });
  });
});

describe('match', () => {
  it("sends an unknown error whose code is a handler's name to `_`, not to that handler", () => {
    // A code the catalog lacks may collide with a handler's name: the handler's type promises the known variant.
    const lookalike = defineCatalog({
      vendor: 'acme2',
      envelope: acme.envelope,
      errors: { teapot: { status: 418, message: 'I am a teapot.', category: 'FAILED_PRECONDITION' } },
    }).parse({ error: { type: 'not_found', message: 'm' } });
    expect(lookalike.known).toBe(false);
    const seen = match(lookalike as never as ReturnType<typeof acme.parse>, { not_found: () => 'handler', _: () => 'fallback' });
    expect(seen).toBe('fallback');
  });

  it('sends a known error to its handler and never to `_`', () => {
    expect(match(acme.parse(notFound), { not_found: (e) => e.params.id, _: () => 'fallback' })).toBe('7');
  });

  it('sends nothing to an inherited handler name', () => {
    const e = acme.parse({ error: { type: 'toString', message: 'm' } });
    expect(match(e, { _: (x) => `fallback ${x.code}` })).toBe('fallback toString');
  });

  it('throws a TypeError naming the vendor and code when no handler fits', () => {
    const e = acme.parse({ error: { type: 'brand_new', message: 'm' } });
    // What a caller who cast the handlers gets at run time.
    const untyped = match as (error: unknown, handlers: object) => unknown;
    expect(() => untyped(e, { not_found: () => 1 })).toThrow(new TypeError('match: no handler for acme error "brand_new"'));
  });
});

describe('statuses', () => {
  const envelope = acme.envelope;
  const withStatus = (status: number) => () =>
    defineCatalog({ vendor: 'b', envelope, errors: { x: { status, message: 'm', category: 'INTERNAL' } } });

  it('defineCatalog takes every status from 100 to 599 and refuses those outside, naming it', () => {
    for (const status of [100, 400, 599]) expect(withStatus(status)).not.toThrow();
    for (const status of [99, 600, 404.5]) expect(withStatus(status)).toThrow(`status ${status}`);
  });

  it('a parsed error takes the transport status over the body and the catalog', () => {
    expect(acme.parse(notFound, { status: 410 }).status).toBe(410);
    expect(acme.parse(notFound).status).toBe(404);
    expect(acme.parse({ error: { type: 'brand_new', message: 'm' } }).status).toBe(500);
  });

  it('fromStatus gives an error of any status, with its reason phrase as title and message', () => {
    const e = acme.fromStatus(429);
    expect(e).toMatchObject({ code: 'HTTP_429', status: 429, title: 'Too Many Requests', message: 'Too Many Requests', category: 'RESOURCE_EXHAUSTED', known: false });
    expect(acme.fromStatus(299)).toMatchObject({ code: 'HTTP_299', title: 'HTTP 299', category: 'UNKNOWN' });
  });
});
