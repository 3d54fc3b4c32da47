// The harness must never fail on its own account: whatever fast-check generates, a mutation applies
// without throwing, leaves its inputs alone and gives a value a JSON body can carry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutate, mutationArbitrary } from './bodies.js';

/** What a JSON text can carry: plain objects, arrays with no named keys, finite numbers but -0, strings, booleans, null. */
function isJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return Object.keys(v).every((k, i) => k === String(i)) && v.every(isJson);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.values(v).every(isJson);
}

const body = fc.jsonValue({ maxDepth: 4 });
const mutations = fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 });

describe('mutate', () => {
  it('never throws, never touches the body or the mutations, and gives a JSON value', () => {
    fc.assert(
      fc.property(body, mutations, (original, list) => {
        const before = JSON.stringify([original, list]);
        const mutated = mutate(original, list);
        expect(JSON.stringify([original, list])).toBe(before);
        expect(isJson(mutated)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('shares nothing with the mutations: changing the result leaves their values as they were', () => {
    fc.assert(
      fc.property(mutations, (list) => {
        const before = JSON.stringify(list);
        const mutated = mutate({ a: [1, { b: 'c' }] }, list);
        const scramble = (v: unknown): void => {
          if (typeof v !== 'object' || v === null) return;
          for (const child of Object.values(v)) scramble(child);
          if (Array.isArray(v)) v.splice(0, v.length, 'x');
          else Object.defineProperty(v, 'constructor', { value: 1, enumerable: true, writable: true, configurable: true });
        };
        scramble(mutated);
        expect(JSON.stringify(list)).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('applies each kind to arrays as element changes, never as named keys', () => {
    const at = (kind: 'drop' | 'retype' | 'swap-type' | 'rename' | 'extra', name = 'length') =>
      mutate([1, 2, 3], [{ kind, node: 0, key: 1, value: 'v', name }]);
    expect(at('drop')).toEqual([1, 3]);
    expect(at('retype')).toEqual([1, 'v', 3]);
    expect(at('swap-type')).toEqual([1, '2', 3]);
    expect(at('extra')).toEqual([1, 'v', 2, 3]);
    expect((at('rename') as unknown[]).slice().sort()).toEqual([1, 2, 3]);
  });

  it('renames and adds object keys as own data, `__proto__` included', () => {
    const out = mutate({ code: 'x' }, [{ kind: 'rename', node: 0, key: 0, value: null, name: '__proto__' }]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(JSON.stringify(out)).toBe('{"__proto__":"x"}');
  });
});
