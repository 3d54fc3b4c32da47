import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownCopy } from './envelope.js';

describe('ownCopy', () => {
  it.each([[[]], [['code']]])('keeps a `__proto__` key as data and never sets the prototype (omit %j)', (omit) => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"code":"X","n":1}') as Record<string, unknown>;
    const copy = ownCopy(value, omit);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')).toMatchObject({ value: { polluted: true }, enumerable: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(copy).sort()).toEqual(['__proto__', 'code', 'n'].filter((k) => !omit.includes(k)));
  });

  it('copies exactly the own enumerable keys of any JSON object, less the omitted ones', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.string(), { maxLength: 3 }), (value, omit) => {
        const copy = ownCopy(value, omit);
        expect(copy).not.toBe(value);
        const expected = Object.keys(value).filter((k) => !omit.includes(k));
        expect(Object.keys(copy).sort()).toEqual(expected.sort());
        for (const key of expected) expect(Object.getOwnPropertyDescriptor(copy, key)?.value).toBe(value[key]);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives an empty record for anything that is not an object', () => {
    for (const value of [null, undefined, 'text', 42, true]) expect(ownCopy(value)).toEqual({});
  });
});
