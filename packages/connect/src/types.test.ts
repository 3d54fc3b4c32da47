import { match } from '@errs/core';
import type { ErrsError, ExhaustiveHandlers, KnownError } from '@errs/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { catalog } from './index.js';
import type { Code, ConnectError, errors, Params } from './index.js';

describe('connect: types', () => {
  it('derives the code union and per-code params from the catalog', () => {
    expectTypeOf<'ConcurrentModification'>().toExtend<Code>();
    expectTypeOf<'invalid_token'>().toExtend<Code>();
    expectTypeOf<'Teapot'>().not.toExtend<Code>();
    expectTypeOf<Params<'ConcurrentModification'>>().toExtend<{
      readonly expectedVersion?: number | undefined;
      readonly currentVersion?: number | undefined;
      readonly resourceId?: string | undefined;
    }>();
    expectTypeOf<Params<'DeploymentLogInvalidPageToken'>['pageToken']>().toEqualTypeOf<string>();
    expectTypeOf<ConnectError>().toExtend<ErrsError>();
  });

  it('create rejects wrong params at compile time', () => {
    const e = catalog.create('ConcurrentModification', { expectedVersion: 3, currentVersion: 4 });
    expectTypeOf(e.code).toEqualTypeOf<'ConcurrentModification'>();
    expectTypeOf(e.params.expectedVersion).toEqualTypeOf<number | undefined>();
    expectTypeOf(e.known).toEqualTypeOf<true>();
    catalog.create('General');
    catalog.create('InvalidJsonInput', { detailedErrorMessage: 'Unexpected end of input' });
    expect(() => {
      // A real 409 carries currentVersion alone: so may a created one.
      catalog.create('ConcurrentModification', { currentVersion: 4 });
      // @ts-expect-error versions are numbers
      catalog.create('ConcurrentModification', { expectedVersion: '3' });
      // @ts-expect-error params are required for this code
      catalog.create('DuplicateField');
      // @ts-expect-error not a Connect code
      catalog.create('Teapot');
    }).toThrow(TypeError);
  });

  it('is() narrows params to the code, each optional as the wire may omit it', () => {
    const value: unknown = catalog.parse({
      statusCode: 409,
      message: 'Version mismatch. Concurrent modification.',
      errors: [{ code: 'ConcurrentModification', message: 'Version mismatch. Concurrent modification.', expectedVersion: 1, currentVersion: 2 }],
    });
    if (catalog.is(value, 'ConcurrentModification')) {
      expectTypeOf(value.code).toEqualTypeOf<'ConcurrentModification'>();
      expectTypeOf(value.params.currentVersion).toEqualTypeOf<number | undefined>();
      expectTypeOf(value).toEqualTypeOf<KnownError<typeof errors, 'ConcurrentModification'>>();
      expect(value.params.currentVersion).toBe(2);
    } else {
      expect.unreachable();
    }
    const other: unknown = value;
    if (catalog.is(other)) expectTypeOf(other).toEqualTypeOf<ConnectError>();
    // @ts-expect-error not a Connect code
    catalog.is(value, 'Teapot');
  });

  it('match needs every code, or _, for errors from the wire', () => {
    const e = catalog.parse({ statusCode: 502, message: 'x', errors: [{ code: 'BadGateway', message: 'x' }] });
    const strategy = match(e, {
      BadGateway: (b) => {
        expectTypeOf(b.code).toEqualTypeOf<'BadGateway'>();
        return 'backoff';
      },
      DuplicateField: (d) => {
        expectTypeOf(d.params.field).toEqualTypeOf<string | undefined>();
        return 'fix';
      },
      _: () => 'other',
    });
    expect(strategy).toBe('backoff');
    // @ts-expect-error an error from the wire may carry a code the catalog lacks: _ is required
    match(e, { BadGateway: () => 1 });
    // Without unknown codes, one handler per code is exhaustive; leaving one out is an error.
    type Known = Extract<ConnectError, { known: true }>;
    expectTypeOf<keyof ExhaustiveHandlers<Known, number>>().toEqualTypeOf<Code>();
    const created = catalog.create('General') as Known;
    // @ts-expect-error General and 38 more codes have no handler
    const partial: ExhaustiveHandlers<Known, number> = { BadGateway: () => 1 };
    expect(Object.keys(partial)).toEqual(['BadGateway']);
    expect(match(created, { General: () => 'verify', _: () => 'x' })).toBe('verify');
  });
});
