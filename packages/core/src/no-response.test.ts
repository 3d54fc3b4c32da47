import { describe, expect, it } from 'vitest';
import { noResponseCategory } from './no-response.js';

describe('noResponseCategory reads only strings', () => {
  it('takes no code, name or message that merely converts to a known one', () => {
    expect(noResponseCategory({ code: ['ECONNRESET'] })).toBeUndefined();
    expect(noResponseCategory({ name: ['AbortError'] })).toBeUndefined();
    expect(noResponseCategory({ name: 'TypeError', message: ['fetch failed'] })).toBeUndefined();
    expect(noResponseCategory({ name: 'Error', message: ['Network connection lost.'] })).toBeUndefined();
  });

  it("keeps fetch's failure when its cause is null or not an object", () => {
    expect(noResponseCategory(new TypeError('fetch failed', { cause: null }))).toBe('UNAVAILABLE');
    expect(noResponseCategory(new TypeError('fetch failed', { cause: 'socket hang up' }))).toBe('UNAVAILABLE');
  });

  it('answers undefined for what it cannot read: a throwing getter, primitives', () => {
    const hostile = {
      get code(): never {
        throw new Error('boom');
      },
    };
    expect(noResponseCategory(hostile)).toBeUndefined();
    expect(noResponseCategory('ECONNRESET')).toBeUndefined();
    expect(noResponseCategory(null)).toBeUndefined();
  });
});
