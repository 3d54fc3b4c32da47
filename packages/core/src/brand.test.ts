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

describe('guards, on what is not an error', () => {
  it('answer false for primitives, and for a function or an object whose brand is not exactly true', () => {
    for (const value of [undefined, null, 0, 'errs', Symbol.for('errs.ErrsError')]) {
      expect(isErrsError(value)).toBe(false);
      expect(isErrsParseError(value)).toBe(false);
    }
    const fn = Object.assign(() => undefined, { [Symbol.for('errs.ErrsError')]: true, [Symbol.for('errs.ErrsParseError')]: true });
    expect(isErrsError(fn)).toBe(false);
    expect(isErrsParseError(fn)).toBe(false);
    expect(isErrsError({ [Symbol.for('errs.ErrsError')]: 'yes' })).toBe(false);
    expect(isErrsError({ [Symbol.for('errs.ErrsError')]: true })).toBe(true);
    expect(isErrsParseError({ [Symbol.for('errs.ErrsParseError')]: true })).toBe(true);
    expect(isErrsParseError(acme.create('internal'))).toBe(false);
    expect(isErrsError(acme.safeParse('').error)).toBe(false);
  });
});

describe('the prototype of light errors ({ stack: false })', () => {
  it('names each class, and heads a light stack with name and message', () => {
    const failure = acme.safeParse('', { stack: false }).error!;
    expect(failure.name).toBe('ErrsParseError');
    expect(failure.stack).toBe(`ErrsParseError: ${failure.message}`);
    const light = acme.parse({ error: { type: 'internal', message: 'm' } }, { stack: false });
    expect(light.name).toBe('ErrsError');
    expect(light.stack).toBe('ErrsError: m');
  });

  it('takes an assigned stack (again and again) as a field that is not enumerable, like a native error\'s', () => {
    const failure = acme.safeParse('', { stack: false }).error!;
    failure.stack = 'one';
    failure.stack = 'two';
    expect(failure.stack).toBe('two');
    expect(Object.keys(failure)).not.toContain('stack');
    expect(Object.keys(new Error('native'))).not.toContain('stack');
  });

  it('lets a light error be renamed', () => {
    const failure = acme.safeParse('', { stack: false }).error!;
    failure.name = 'Renamed';
    expect(failure.stack).toBe(`Renamed: ${failure.message}`);
  });
});

describe('a light error given a stack later', () => {
  it('takes one from Error.captureStackTrace, before or after a stack was assigned', () => {
    const failure = acme.safeParse('', { stack: false }).error!;
    failure.stack = 'assigned';
    Error.captureStackTrace(failure);
    expect(failure.stack).toMatch(/^ErrsParseError: acme: .*\n {4}at .*brand\.test\.ts/);
    const light = acme.parse({ error: { type: 'internal', message: 'm' } }, { stack: false });
    light.stack = 'assigned';
    expect(delete (light as { stack?: string }).stack).toBe(true);
    expect(light.stack).toBe('ErrsError: m');
  });
});
