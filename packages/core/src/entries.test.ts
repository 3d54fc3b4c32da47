import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { acme, acmeEnvelope } from './testing/acme.js';
import { defineCatalog } from './index.js';

// defineCatalog's checks of each definition, and what it prepares of each code (see entries.ts).
/** A catalog of codes made in the test, read and made by any code name. */
interface Loose {
  get(code: string): { readonly retry: unknown; readonly retryable: boolean; readonly nested: boolean };
  create(code: string, params?: unknown): { readonly message: string; readonly retryable: boolean; readonly params: unknown };
  parse(body: unknown, options?: { strict?: boolean }): { readonly params: unknown };
}
const define = (errors: Record<string, unknown>, vendor = 'v') => (): Loose =>
  defineCatalog({ vendor, envelope: acmeEnvelope, errors: errors as never }) as unknown as Loose;

describe('defineCatalog checks every definition', () => {
  it('accepts the HTTP statuses 100 to 599, and refuses 99, 600 and a fraction, with the status in the words', () => {
    expect(define({ lo: { status: 100, message: 'L.', category: 'UNKNOWN' }, hi: { status: 599, message: 'H.', category: 'UNKNOWN' } })).not.toThrow();
    expect(define({ a: { status: 99, message: 'A.', category: 'UNKNOWN' } })).toThrow(new TypeError('defineCatalog(v):\n  a: status 99 is not an HTTP status'));
    expect(define({ a: { status: 600, message: 'A.', category: 'UNKNOWN' } })).toThrow(new TypeError('defineCatalog(v):\n  a: status 600 is not an HTTP status'));
    expect(define({ a: { status: 404.5, message: 'A.', category: 'NOT_FOUND' } })).toThrow(new TypeError('defineCatalog(v):\n  a: status 404.5 is not an HTTP status'));
  });

  it('names a category that is not a google.rpc.Code name', () => {
    expect(define({ a: { status: 400, message: 'A.', category: 'OOPS' } }, 'bad')).toThrow(
      new TypeError('defineCatalog(bad):\n  a: category OOPS is not a google.rpc.Code name'),
    );
  });

  it('lists every problem of every code in one TypeError, one indented line each', () => {
    expect(
      define({
        a: { status: 99, message: 'Hi {who}.', category: 'OOPS' },
        b: { status: 400, message: 'B {x} {y}.', schema: z.object({ x: z.string() }), category: 'INVALID_ARGUMENT' },
      }),
    ).toThrow(
      new TypeError(
        'defineCatalog(v):\n' +
          '  a: status 99 is not an HTTP status\n' +
          '  a: category OOPS is not a google.rpc.Code name\n' +
          '  a: placeholder {who} is not a declared param\n' +
          '  b: placeholder {y} is not a declared param',
      ),
    );
  });

  it('accepts a placeholder its schema declares', () => {
    const c = define({ a: { status: 400, message: 'Bad {x}.', schema: z.object({ x: z.string() }), category: 'INVALID_ARGUMENT' } })();
    expect(c.create('a', { x: 'name' }).message).toBe('Bad name.');
  });

  it('refuses a carrier the catalog lacks, and accepts a top-level one', () => {
    expect(
      define({
        top: { status: 400, message: 'T.', category: 'INVALID_ARGUMENT' },
        n: { status: 400, message: 'N.', category: 'INVALID_ARGUMENT', nested: true, carriedBy: ['top', 'ghost'] },
      }),
    ).toThrow(new TypeError('defineCatalog(v):\n  n: carriedBy ghost is not a top-level code'));
    expect(
      define({
        top: { status: 400, message: 'T.', category: 'INVALID_ARGUMENT' },
        n: { status: 400, message: 'N.', category: 'INVALID_ARGUMENT', nested: true, carriedBy: ['top'] },
      }),
    ).not.toThrow();
  });
});

describe('what a catalog prepares of each code', () => {
  it('takes the category\'s strategy unless the definition names one, and a note only where given', () => {
    expect(acme.get('internal').retry).toStrictEqual({ strategy: 'verify' });
    expect(acme.get('internal').retryable).toBe(false);
    expect(acme.get('rate_limited').retry).toStrictEqual({ strategy: 'backoff' });
    expect(acme.get('rate_limited').retryable).toBe(true);
    expect(acme.get('version_conflict').retry).toStrictEqual({ strategy: 'refetch', note: 'Fetch the order again, re-apply your change, then retry.' });
    const c = define({ a: { status: 503, message: 'A.', category: 'UNAVAILABLE', retry: { strategy: 'operator' } } })();
    expect(c.get('a').retry).toStrictEqual({ strategy: 'operator' });
    expect(c.get('a').retryable).toBe(false);
    expect(c.create('a').retryable).toBe(false);
  });

  it('marks a code nested only when its definition says nested: true', () => {
    expect(acme.get('internal').nested).toBe(false);
    expect(acme.get('required').nested).toBe(true);
    const c = define({ a: { status: 400, message: 'A.', category: 'INVALID_ARGUMENT', nested: false } })();
    expect(c.get('a').nested).toBe(false);
  });

  it('gives a code without placeholders its message as title, and an empty list of placeholders', () => {
    expect(acme.get('internal')).toMatchObject({ code: 'internal', status: 500, message: 'Something went wrong on our side.', title: 'Something went wrong on our side.', placeholders: [] });
    expect(acme.get('too_long').placeholders).toEqual(['max']);
  });

  it('names the declared carriers of a nested code when create is asked for it, else those of its status', () => {
    expect(() => (acme.create as (code: string) => unknown)('too_long')).toThrow(
      'acme: too_long appears only nested in the details of invalid_request; create one of those with { details: [{ code: "too_long" }] }',
    );
    const c = define({
      a: { status: 400, message: 'A.', category: 'INVALID_ARGUMENT' },
      b: { status: 409, message: 'B.', category: 'ABORTED' },
      n: { status: 400, message: 'N.', category: 'INVALID_ARGUMENT', nested: true, carriedBy: ['b'] },
      m: { status: 400, message: 'M.', category: 'INVALID_ARGUMENT', nested: true },
    })();
    expect(() => c.create('n')).toThrow('v: n appears only nested in the details of b;');
    expect(() => c.create('m')).toThrow('v: m appears only nested in the details of a;');
  });
});

describe('params a parsed error keeps, by the schema\'s kind', () => {
  it('keeps undeclared params for a loose object schema, and drops them for a plain one', () => {
    const c = define({
      loose: { status: 400, message: 'L.', schema: z.looseObject({ id: z.string() }), category: 'INVALID_ARGUMENT' },
      plain: { status: 400, message: 'P.', schema: z.object({ id: z.string() }), category: 'INVALID_ARGUMENT' },
    })();
    const params = { id: '1', extra: true };
    expect(c.parse({ error: { type: 'loose', message: 'm', params } }).params).toStrictEqual({ id: '1', extra: true });
    expect(c.parse({ error: { type: 'plain', message: 'm', params } }).params).toStrictEqual({ id: '1' });
  });

  it('leaves out a default the wire did not send, which create fills in', () => {
    const c = define({
      d: { status: 400, message: 'D {n}.', schema: z.object({ id: z.string(), n: z.number().default(5) }), category: 'INVALID_ARGUMENT' },
    })();
    expect(c.parse({ error: { type: 'd', message: 'm', params: { id: 'x' } } }).params).toStrictEqual({ id: 'x' });
    expect(c.parse({ error: { type: 'd', message: 'm', params: { id: 'x' } } }, { strict: true }).params).toStrictEqual({ id: 'x' });
    expect(c.parse({ error: { type: 'd', message: 'm', params: { id: 'x', n: 7 } } }, { strict: true }).params).toStrictEqual({ id: 'x', n: 7 });
    expect(c.create('d', { id: 'x' }).params).toStrictEqual({ id: 'x', n: 5 });
  });
});
