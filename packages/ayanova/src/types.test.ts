import { match } from '@errs/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { catalog } from './index.js';
import type { AyanovaError, Code, Params } from './index.js';

describe('ayanova: types', () => {
  it('types the code union and per-code params', () => {
    expectTypeOf<'2000' | '2200' | '2202' | '2212'>().toExtend<Code>();
    expectTypeOf<'2007'>().not.toExtend<Code>();
    expectTypeOf<Params<'2202'>['limit']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Params<'2010'>['target']>().toEqualTypeOf<string | undefined>();
  });

  it('rejects wrong params and codes in create at compile time', () => {
    catalog.create('2010', { target: 'WorkOrder' });
    catalog.create('2200', {}, { details: [{ code: '2202', params: { limit: 255 }, path: 'Notes' }] });
    // @ts-expect-error target is a string
    expect(() => catalog.create('2010', { target: 42 })).toThrow(TypeError);
    // @ts-expect-error the limit of 2202 is a number
    expect(() => catalog.create('2200', {}, { details: [{ code: '2202', params: { limit: '255' } }] })).toThrow(TypeError);
    // @ts-expect-error field-level codes appear only inside a 2200's details
    expect(() => catalog.create('2201')).toThrow('ayanova: 2201 appears only nested in the details of 2200');
    // @ts-expect-error not an AyaNova code
    expect(() => catalog.create('9999')).toThrow(TypeError);
  });

  it('narrows params with catalog.is', () => {
    const e: AyanovaError = catalog.parse({ error: { code: '2010', target: 'Customer' } });
    expectTypeOf(e.code).toEqualTypeOf<string>();
    if (catalog.is(e, '2010')) {
      expectTypeOf(e.code).toEqualTypeOf<'2010'>();
      expectTypeOf(e.params.target).toEqualTypeOf<string | undefined>();
      expectTypeOf(e.known).toEqualTypeOf<true>();
    }
  });

  it('requires every top-level code or _ in match', () => {
    const parsed = catalog.parse({ error: { code: '2005' } });
    match(parsed, { '2005': () => 1, _: () => 0 });
    // @ts-expect-error a parsed error may carry a code the catalog lacks: `_` is required
    expect(() => match(parsed, { '2005': () => 1 })).not.toThrow();

    const known = parsed as Extract<AyanovaError, { readonly known: true }>;
    const all = {
      '2000': () => 0, '2001': () => 0, '2002': () => 0, '2003': () => 0, '2004': () => 0, '2005': () => 1,
      '2006': () => 0, '2010': () => 0, '2020': () => 0, '2030': () => 0, '2040': () => 0, '2200': () => 0,
    };
    expect(match(known, all)).toBe(1);
    const { '2040': _left, ...missing } = all;
    // @ts-expect-error 2040 has no handler and there is no `_`
    match(known, missing);
    // @ts-expect-error a nested code is not a top-level handler
    match(known, { ...all, '2201': () => 0 });
  });
});
