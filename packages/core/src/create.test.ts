// create (create.ts): the words of its refusals, and what each option sets on the error and its details.
import { describe, expect, it } from 'vitest';
import type { ErrsError } from './index.js';
import { defineCatalog } from './index.js';
import { acme } from './testing/acme.js';

const untyped = acme.create as (code: string, params?: unknown, options?: unknown) => ErrsError;

describe('create refuses', () => {
  it('a code the catalog lacks, quoting it', () => {
    expect(() => untyped('nope')).toThrow(new TypeError('acme: unknown error code "nope"'));
  });

  it('a detail code the catalog lacks, quoting it', () => {
    expect(() => untyped('invalid_request', {}, { details: [{ code: 'mystery' }] })).toThrow(new TypeError('acme: unknown detail code "mystery"'));
  });

  it("a detail's params that fail its schema, naming the detail", () => {
    expect(() => untyped('invalid_request', {}, { details: [{ code: 'too_long', params: { max: 'x' } }] })).toThrow(/^acme: invalid params for detail too_long: max/);
  });

  it('a nested-only code, saying how to make it', () => {
    expect(() => untyped('required')).toThrow(
      new TypeError('acme: required appears only nested in the details of invalid_request; create one of those with { details: [{ code: "required" }] }'),
    );
  });

  it('a nested-only code that no top-level code carries, saying "another error"', () => {
    const c = defineCatalog({
      vendor: 'lone',
      envelope: acme.envelope,
      errors: {
        top: { status: 404, message: 'T.', category: 'NOT_FOUND' },
        n: { status: 400, message: 'N.', category: 'INVALID_ARGUMENT', nested: true },
      },
    });
    expect(() => (c.create as (code: string) => unknown)('n')).toThrow('lone: n appears only nested in the details of another error; ');
  });
});

describe('create sets', () => {
  it('the status, message, request id, retry delay and cause it is given, the documented ones otherwise', () => {
    const cause = new Error('c');
    const e = acme.create('rate_limited', {}, { status: 503, message: 'Later.', requestId: 'r', retryAfterMs: 10, cause });
    expect(e).toMatchObject({ status: 503, message: 'Later.', requestId: 'r', retryAfterMs: 10, known: true, category: 'RESOURCE_EXHAUSTED' });
    expect(e.cause).toBe(cause);
    const plain = acme.create('rate_limited');
    expect(plain).toMatchObject({ status: 429, requestId: undefined, retryAfterMs: undefined });
    expect([plain.message, plain.cause]).toEqual(['Slow down.', undefined]);
  });

  it("the code's title and retry advice", () => {
    const e = acme.create('version_conflict', { expected: 2, actual: 3 });
    expect(e.title).toBe(acme.get('version_conflict').title);
    expect(e.retry).toEqual({ strategy: 'refetch', note: 'Fetch the order again, re-apply your change, then retry.' });
    expect(acme.create('unavailable').retry.strategy).toBe('backoff');
  });

  it("a detail's own message over its documented one, and no path key for a detail without one", () => {
    const e = acme.create('invalid_request', {}, { details: [{ code: 'required', message: 'Name, please.' }, { code: 'too_long', params: { max: 2 } }] });
    expect(e.details).toEqual([
      { code: 'required', message: 'Name, please.', params: {}, known: true },
      { code: 'too_long', message: 'At most 2 characters.', params: { max: 2 }, known: true },
    ]);
    expect(e.details.map((d) => 'path' in d)).toEqual([false, false]);
  });

  it('no details unless given', () => {
    expect(acme.create('invalid_request').details).toEqual([]);
  });
});
