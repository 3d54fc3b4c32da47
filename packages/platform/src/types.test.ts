// Compile-time behaviour, checked by `tsc --noEmit` (pnpm typecheck); the runtime asserts keep each case honest.
import { match } from '@errs/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Code, Params, PlatformError } from './index.js';
import { catalog } from './index.js';

describe('platform types', () => {
  it('has the code union of the doc and the client', () => {
    expectTypeOf<'RateLimited'>().toExtend<Code>();
    expectTypeOf<'ResourceGone'>().toExtend<Code>();
    expectTypeOf<'OperationTimeout'>().toExtend<Code>();
    expectTypeOf<'Rate Limited'>().not.toExtend<Code>();
    expectTypeOf<'NotFound'>().not.toExtend<Code>();
    expect(catalog.codes).toHaveLength(26);
  });

  it('types params as the metadata object, with subtype on Runtime', () => {
    expectTypeOf<Params<'Runtime'>['subtype']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Params<'Forbidden'>>().toExtend<Readonly<Record<string, unknown>>>();
  });

  it('rejects wrong params and unknown codes in create', () => {
    // @ts-expect-error: a Runtime subtype is a string
    expect(() => catalog.create('Runtime', { subtype: 42 })).toThrow(TypeError);
    // @ts-expect-error: params are an object (the metadata), not a string
    expect(() => catalog.create('Forbidden', 'nope')).toThrow(TypeError);
    // @ts-expect-error: not a Botpress error type
    expect(() => catalog.create('NotFound')).toThrow(TypeError);
    // Params are optional: no error type needs any.
    expect(catalog.create('Unauthorized').code).toBe('Unauthorized');
    const runtime = catalog.create('Runtime', { subtype: 'UPSTREAM_PROVIDER_FAILED' });
    expectTypeOf(runtime.code).toEqualTypeOf<'Runtime'>();
    expectTypeOf(runtime.params.subtype).toEqualTypeOf<string | undefined>();
    expect(runtime.params.subtype).toBe('UPSTREAM_PROVIDER_FAILED');
  });

  it('narrows with catalog.is', () => {
    const e: PlatformError = catalog.parse({ id: 'x', code: 400, type: 'Runtime', message: 'm', metadata: { subtype: 'S' } });
    expectTypeOf(e.code).toEqualTypeOf<string>();
    if (catalog.is(e, 'Runtime')) {
      expectTypeOf(e.code).toEqualTypeOf<'Runtime'>();
      expectTypeOf(e.params.subtype).toEqualTypeOf<string | undefined>();
      expect(e.params.subtype).toBe('S');
    } else {
      expect.unreachable('a Runtime body is Runtime');
    }
    // @ts-expect-error: not a Botpress error type
    expect(catalog.is(e, 'Nope')).toBe(false);
  });

  it('makes match need every top-level code or _', () => {
    const e = catalog.parse({ id: 'x', code: 429, type: 'RateLimited', message: 'm' });
    expect(match(e, { RateLimited: (r) => r.retryAfterMs ?? -1, _: () => 0 })).toBe(-1);
    // @ts-expect-error: a parsed error may have a type the catalog lacks, so `_` is required
    expect(match(e, { RateLimited: () => 1 })).toBe(1);

    const created = catalog.create('Forbidden') as PlatformError & { readonly known: true };
    const handled = (x: typeof created) =>
      match(x, {
        Unauthorized: () => 'login',
        Forbidden: () => 'forbidden',
        PayloadTooLarge: () => 'fix',
        InvalidPayload: () => 'fix',
        UnsupportedMediaType: () => 'fix',
        MethodNotFound: () => 'fix',
        ResourceNotFound: () => 'fix',
        InvalidJsonSchema: () => 'fix',
        InvalidDataFormat: () => 'fix',
        InvalidIdentifier: () => 'fix',
        RelationConflict: () => 'fix',
        ReferenceConstraint: () => 'fix',
        ReferenceNotFound: () => 'fix',
        InvalidQuery: () => 'fix',
        Runtime: (r) => r.params.subtype ?? 'runtime',
        AlreadyExists: () => 'fix',
        RateLimited: () => 'wait',
        PaymentRequired: () => 'pay',
        QuotaExceeded: () => 'ask',
        LimitExceeded: () => 'fix',
        BreakingChanges: () => 'fix',
        ResourceLockedConflict: () => 'wait',
        Unknown: () => 'verify',
        Internal: () => 'verify',
        ResourceGone: () => 'fix',
        OperationTimeout: () => 'verify',
      });
    expect(handled(created)).toBe('forbidden');
    // @ts-expect-error: without `_`, leaving out a code (here all but one) is a type error
    expect(match(created, { Forbidden: () => 'forbidden' })).toBe('forbidden');
  });
});
