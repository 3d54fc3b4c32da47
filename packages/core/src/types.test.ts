import { describe, expect, expectTypeOf, it } from 'vitest';
import { acme } from './testing/acme.js';
import { match } from './index.js';
import type { CatalogError, CodeOf, ErrorDocs, ErrsError, KnownError, NestedCode, ParamsOf, TopCode } from './index.js';

type Errors = typeof acme.errors;

describe('types', () => {
  it('derives code unions from the catalog, nested codes apart', () => {
    expectTypeOf<CodeOf<Errors>>().toEqualTypeOf<
      'not_found' | 'version_conflict' | 'invalid_request' | 'rate_limited' | 'internal' | 'unavailable' | 'required' | 'too_long'
    >();
    expectTypeOf<NestedCode<Errors>>().toEqualTypeOf<'required' | 'too_long'>();
    expectTypeOf<TopCode<Errors>>().not.toEqualTypeOf<CodeOf<Errors>>();
    expectTypeOf<ParamsOf<Errors, 'not_found'>>().toExtend<{ readonly resource: 'order' | 'customer'; readonly id: string }>();
  });

  it('create checks params per code at compile time', () => {
    const e = acme.create('not_found', { resource: 'order', id: '1' });
    expectTypeOf(e.code).toEqualTypeOf<'not_found'>();
    expectTypeOf(e.params.id).toEqualTypeOf<string>();
    expectTypeOf(e.known).toEqualTypeOf<true>();
    acme.create('invalid_request');
    // A code without params takes its options second; a code with params cannot.
    expectTypeOf(acme.create('invalid_request', { requestId: 'r' }).code).toEqualTypeOf<'invalid_request'>();
    // @ts-expect-error options are not the params of not_found
    expect(() => acme.create('not_found', { requestId: 'r' })).toThrow(/invalid params for not_found/);
    acme.create('version_conflict', { expected: 1 });
    // Each refused call is its own assertion: the types reject it, and so does the run time.
    // @ts-expect-error id is required
    expect(() => acme.create('not_found', { resource: 'order' })).toThrow(/invalid params for not_found/);
    // @ts-expect-error wrong type
    expect(() => acme.create('version_conflict', { expected: '1' })).toThrow(/invalid params for version_conflict/);
    // @ts-expect-error params are required for this code
    expect(() => acme.create('not_found')).toThrow(/invalid params for not_found/);
    // @ts-expect-error nested codes are not errors of a response
    expect(() => acme.create('required')).toThrow(/required appears only nested in the details of invalid_request/);
    // @ts-expect-error not a code
    expect(() => acme.create('teapot')).toThrow(/unknown error code "teapot"/);
  });

  it('is() narrows to the code and its params, partial as the wire may omit any', () => {
    const value: unknown = acme.parse({ error: { type: 'version_conflict', message: 'm', params: { expected: 2, actual: 3 } } });
    if (acme.is(value, 'version_conflict')) {
      expectTypeOf(value.code).toEqualTypeOf<'version_conflict'>();
      expectTypeOf(value.params.expected).toEqualTypeOf<number | undefined>();
      expectTypeOf(value).toEqualTypeOf<KnownError<Errors, 'version_conflict'>>();
      expect(value.params.actual).toBe(3);
    } else {
      expect.unreachable();
    }
    const other: unknown = value;
    if (acme.is(other)) {
      const value = other;
      expectTypeOf(value).toEqualTypeOf<CatalogError<Errors>>();
      if (value.known) expectTypeOf(value.code).toEqualTypeOf<TopCode<Errors>>();
      else expectTypeOf(value.code).toEqualTypeOf<string>();
    }
    // @ts-expect-error nested codes never are the error itself
    expect(acme.is(value, 'required')).toBe(false);
  });

  it('a switch on code narrows params', () => {
    const e = acme.parse('{"error":{"type":"not_found","message":"m","params":{"resource":"order","id":"9"}}}');
    if (!e.known) return expect.unreachable();
    switch (e.code) {
      case 'not_found':
        expectTypeOf(e.params).toEqualTypeOf<Partial<ParamsOf<Errors, 'not_found'>>>();
        expect(e.params.id).toBe('9');
        break;
      default:
        expect.unreachable();
    }
  });

  it('match is exhaustive: every code, or `_`; `_` is required while unknown codes are possible', () => {
    const parsed = acme.parse({ error: { type: 'rate_limited', message: 'm' } });
    const viaFallback = match(parsed, { rate_limited: (e) => `wait ${e.retryAfterMs ?? 0}`, _: (e) => e.code });
    expect(viaFallback).toBe('wait 0');
    // @ts-expect-error unknown codes are possible, so `_` is required
    expect(() => match(parsed, { not_found: () => 1, version_conflict: () => 1, invalid_request: () => 1, rate_limited: () => 1, internal: () => 1, unavailable: () => 1 })).not.toThrow();

    const known = acme.create('internal') as CatalogError<Errors>;
    if (!known.known) return expect.unreachable();
    const all = match(known, {
      not_found: (e) => e.params.id ?? '',
      version_conflict: (e) => String(e.params.expected),
      invalid_request: () => 'invalid',
      rate_limited: () => 'slow',
      internal: () => 'internal',
      unavailable: () => 'later',
    });
    expect(all).toBe('internal');
    expectTypeOf(all).toEqualTypeOf<string>();
    const mixed = match(parsed, { rate_limited: () => 1, _: () => 'other' as const });
    expectTypeOf(mixed).toEqualTypeOf<number | 'other'>();
    // @ts-expect-error not a code of this catalog
    match(known, { _: () => 1, teapot: () => 2 });
    // @ts-expect-error unavailable is missing and there is no `_`
    match(known, { not_found: () => 1, version_conflict: () => 1, invalid_request: () => 1, rate_limited: () => 1, internal: () => 1 });
    expectTypeOf(known).toExtend<ErrsError>();
  });

  it("takes documentation texts for the catalog's codes only (ErrorDocs)", () => {
    expectTypeOf<keyof ErrorDocs<Errors>>().toEqualTypeOf<CodeOf<Errors>>();
    const docs: ErrorDocs<Errors> = { not_found: { description: 'Check the id.' }, too_long: { source: 'a newer page' } };
    // @ts-expect-error a code the catalog lacks
    const typo: ErrorDocs<Errors> = { not_fonud: { description: 'Check the id.' } };
    // @ts-expect-error a text the table does not hold
    const other: ErrorDocs<Errors> = { not_found: { advice: 'Check the id.' } };
    expectTypeOf([docs, typo, other]).toEqualTypeOf<ErrorDocs<Errors>[]>();
  });
});
