import type { Catalog } from '@errs/core';
import { expect, expectTypeOf, it } from 'vitest';
import { catalog } from './index.js';

// Helpers written for any catalog take this one, with no cast (a compile error here fails typecheck).
const vendorOf = (c: Catalog): string => c.vendor;

it('easydb: its catalog is a Catalog', () => {
  const any: Catalog = catalog;
  const list: Catalog[] = [catalog];
  expectTypeOf(catalog).toExtend<Catalog>();
  expect(vendorOf(any)).toBe('easydb');
  expect(list[0]!.codes).toEqual(catalog.codes);
  expect(any.is(catalog.fromStatus(500))).toBe(true);
});
