import { match } from '@errs/core';
import type { KnownError, UnknownError } from '@errs/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { catalog } from './index.js';
import type { Code, EasydbError, Params, errors } from './index.js';

describe('easydb types', () => {
  it('derives the code union and per-code params from the catalog', () => {
    expectTypeOf<'error.user.collection_not_found'>().toExtend<Code>();
    expectTypeOf<'error.api.generic'>().toExtend<Code>();
    expectTypeOf<'error.server.database'>().toExtend<Code>();
    expectTypeOf<'error.user.no_such_code'>().not.toExtend<Code>();
    expectTypeOf<Params<'error.user.collection_not_found'>['id']>().toEqualTypeOf<string>();
    expectTypeOf<Params<'error.user.insufficient_rights'>['extra_info']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Params<'error.user.object_not_found'>['objecttype']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Params<'error.server.generic'>['uuid']>().toEqualTypeOf<string>();
  });

  it('create checks params per code at compile time', () => {
    const e = catalog.create('error.user.version_mismatch', { provided: '1', expected: '2' });
    expectTypeOf(e.code).toEqualTypeOf<'error.user.version_mismatch'>();
    expectTypeOf(e.params.expected).toEqualTypeOf<string>();
    expectTypeOf(e.known).toEqualTypeOf<true>();
    // No params needed: a code without params, and a server error (create makes its uuid).
    catalog.create('error.user.login_failed');
    expectTypeOf(catalog.create('error.server.generic').params.uuid).toEqualTypeOf<string>();
    expect(() => {
      // @ts-expect-error expected is required
      catalog.create('error.user.version_mismatch', { provided: '1' });
      // @ts-expect-error parameter values are strings, as on the wire
      catalog.create('error.user.collection_not_found', { id: 99 });
      // @ts-expect-error params are required for this code
      catalog.create('error.user.collection_not_found');
      // @ts-expect-error not a code
      catalog.create('error.user.teapot');
    }).toThrow(TypeError);
  });

  it('is() narrows to the code and its params, partial as the wire may omit any', () => {
    const value: unknown = catalog.parse({ realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } });
    if (catalog.is(value, 'error.user.collection_not_found')) {
      expectTypeOf(value.code).toEqualTypeOf<'error.user.collection_not_found'>();
      expectTypeOf(value.params.id).toEqualTypeOf<string | undefined>();
      expectTypeOf(value).toEqualTypeOf<KnownError<typeof errors, 'error.user.collection_not_found'>>();
      expect(value.params.id).toBe('99');
    } else {
      expect.unreachable();
    }
    const other: unknown = value;
    if (catalog.is(other)) expectTypeOf(other).toEqualTypeOf<EasydbError>();
  });

  it('parse gives the union; known narrows the code', () => {
    const e = catalog.parse({ realm: 'user', code: 'error.user.pool_not_found', parameters: { id: '3' } });
    expectTypeOf(e).toEqualTypeOf<EasydbError>();
    if (e.known) {
      expectTypeOf(e.code).toEqualTypeOf<Code>();
      if (e.code === 'error.user.pool_not_found') expectTypeOf(e.params.id).toEqualTypeOf<string | undefined>();
    } else {
      expectTypeOf(e).toEqualTypeOf<UnknownError>();
    }
    expect(e.known).toBe(true);
  });

  it('match() needs every top-level code, or `_`', () => {
    const e = catalog.parse({ realm: 'user', code: 'error.user.login_failed' });
    const text = match(e, {
      'error.user.collection_not_found': (x) => `collection ${x.params.id ?? '?'}`,
      'error.user.login_failed': () => 'login failed',
      _: (x) => x.message,
    });
    expect(text).toBe('login failed');
    // @ts-expect-error a parsed error may carry a code the catalog lacks: `_` is required
    match(e, { 'error.user.login_failed': () => 'login failed' });
  });
});
