import { describe, expect, it } from 'vitest';
import { isErrsError, isErrsParseError } from './brand.js';
import { acme } from './testing/acme.js';

/** A value every operation on which throws: what a hostile caller may hand a guard. */
const trap = () => {
  throw new Error('trap');
};
const hostile = new Proxy({}, { get: trap, has: trap, getPrototypeOf: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });

describe('guards', () => {
  it('answer false for a proxy whose every trap throws, and never throw', () => {
    expect(isErrsError(hostile)).toBe(false);
    expect(isErrsParseError(hostile)).toBe(false);
    expect(acme.is(hostile)).toBe(false);
    expect(acme.is(hostile, 'not_found')).toBe(false);
  });

  it('answer false for a throwing getter of the brand itself', () => {
    const getter = Object.defineProperty({}, Symbol.for('errs.ErrsError'), { get: trap });
    expect(isErrsError(getter)).toBe(false);
    expect(() => acme.is(getter)).not.toThrow();
  });

  it('still know a real error', () => {
    const error = acme.create('not_found', { resource: 'order', id: '1' });
    expect(isErrsError(error)).toBe(true);
    expect(acme.is(error, 'not_found')).toBe(true);
    expect(isErrsParseError(acme.safeParse('').error)).toBe(true);
  });
});
