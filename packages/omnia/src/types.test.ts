import { describe, expect, expectTypeOf, it } from 'vitest';
import { match } from '@errs/core';
import { catalog } from './index.js';
import type { Code, OmniaError, Params } from './index.js';

describe('types', () => {
  it('Code lists top-level and nested codes; Params are typed per code', () => {
    expectTypeOf<'ValidationFailed'>().toExtend<Code>();
    expectTypeOf<'TextMaxLengthMismatch'>().toExtend<Code>();
    expectTypeOf<'NoSuchCode'>().not.toExtend<Code>();
    expectTypeOf<Params<'TextMaxLengthMismatch'>['definedLength']>().toEqualTypeOf<number>();
  });

  it('create rejects wrong params and nested-only codes at compile time', () => {
    // @ts-expect-error definedLength must be a number
    expect(() => catalog.create('ValidationFailed', {}, { details: [{ code: 'TextMaxLengthMismatch', params: { definedLength: 'ten' } }] })).toThrow(TypeError);
    // @ts-expect-error a nested-only code cannot be the error of a response
    expect(() => catalog.create('RequiredValue')).toThrow('omnia: RequiredValue appears only nested in the details of ValidationFailed');
    // @ts-expect-error not an OMNIA code
    expect(() => catalog.create('NoSuchCode')).toThrow(TypeError);
    // @ts-expect-error EntityNotFound takes no params
    catalog.create('EntityNotFound', { id: 'x' });
    const e = catalog.create('ValidationFailed', {}, { details: [{ code: 'TextMaxLengthMismatch', params: { definedLength: 10 }, path: 'name' }] });
    expectTypeOf(e.code).toEqualTypeOf<'ValidationFailed'>();
    expect(e.details[0]!.params).toEqual({ definedLength: 10 });
  });

  it('is() narrows to the code', () => {
    const e: unknown = catalog.parse({ code: 'EntityHasBeenChanged', message: 'm' });
    if (catalog.is(e, 'EntityHasBeenChanged')) {
      expectTypeOf(e.code).toEqualTypeOf<'EntityHasBeenChanged'>();
      expectTypeOf(e.known).toEqualTypeOf<true>();
      expect(e.status).toBe(412);
    } else {
      expect.unreachable('EntityHasBeenChanged not recognised');
    }
    const other: unknown = catalog.parse({ code: 'SomethingNew', message: 'm' });
    if (catalog.is(other)) expectTypeOf(other).toEqualTypeOf<OmniaError>();
    else expect.unreachable('an OMNIA error not recognised');
  });

  it('match needs every top-level code or _', () => {
    const e = catalog.parse({ code: 'ConnectorTimeout', message: 'm' });
    const answer = match(e, { ConnectorTimeout: (x) => x.code, ConnectorNotFound: () => 'down', _: () => 'other' });
    expectTypeOf(answer).toEqualTypeOf<string>();
    expect(answer).toBe('ConnectorTimeout');
    // @ts-expect-error a parsed error may carry a code the catalog lacks: `_` is required
    expect(() => match(e, { ConnectorTimeout: () => 1 })).not.toThrow();

    const created = catalog.create('EntityNotFound');
    // An error made by create has a known code: handlers for that code alone are exhaustive.
    expect(match(created, { EntityNotFound: (x) => x.status })).toBe(404);
  });
});
