import { describe, expectTypeOf, it } from 'vitest';
import type { NearestCodes, NotACode } from './type-messages.js';

type Codes = 'ConcurrentModification' | 'ResourceNotFound' | 'ResourceGone' | 'RateLimited' | '2010' | '2020';

describe('the nearest codes of a misspelt one', () => {
  it('finds one letter wrong, missing, extra, or the case', () => {
    expectTypeOf<NearestCodes<'ConcurentModification', Codes>>().toEqualTypeOf<'ConcurrentModification'>();
    expectTypeOf<NearestCodes<'ConcurrrentModification', Codes>>().toEqualTypeOf<'ConcurrentModification'>();
    expectTypeOf<NearestCodes<'ResourceNotFuond', Codes>>().toEqualTypeOf<'ResourceNotFound'>();
    expectTypeOf<NearestCodes<'RateLimted', Codes>>().toEqualTypeOf<'RateLimited'>();
    expectTypeOf<NearestCodes<'resourcegone', Codes>>().toEqualTypeOf<'ResourceGone'>();
    expectTypeOf<NearestCodes<'2011', Codes>>().toEqualTypeOf<'2010'>();
  });

  it('offers every code of the longest shared start when the end tells nothing', () => {
    expectTypeOf<NearestCodes<'ResourceX', Codes>>().toEqualTypeOf<'ResourceNotFound' | 'ResourceGone'>();
  });

  it('finds none for a string that shares too little with every code', () => {
    expectTypeOf<NearestCodes<'teapot', Codes>>().toEqualTypeOf<never>();
    expectTypeOf<NearestCodes<'Rat', Codes>>().toEqualTypeOf<'RateLimited'>();
    expectTypeOf<NearestCodes<'Ra', Codes>>().toEqualTypeOf<never>();
  });
});

describe('what is said of a string that is not a code', () => {
  it('names the nearest codes', () => {
    expectTypeOf<NotACode<'RateLimted', Codes, 'acme'>>().toEqualTypeOf<"'RateLimted' is not a code of acme; did you mean 'RateLimited'?">();
  });

  it('lists the codes when none is near and they are few, else says where they are', () => {
    expectTypeOf<NotACode<'teapot', 'a_code' | 'b_code', 'acme'>>().toEqualTypeOf<"'teapot' is not a code of acme; its codes are 'a_code', 'b_code'">();
    type Many = `code_${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;
    expectTypeOf<NotACode<'teapot', Many, 'acme'>>().toEqualTypeOf<"'teapot' is not a code of acme; its codes are in catalog.codes">();
  });
});
