import { describe, expect, it } from 'vitest';
import { placeholders, render } from './index.js';

describe('templates', () => {
  it('lists placeholders once, in order, ignoring braces that are not names', () => {
    expect(placeholders('{a} and {b_2} and {a} but not { c } or {1x} or {}')).toEqual(['a', 'b_2']);
  });
  it('renders values, lists and objects, leaving absent ones in place', () => {
    expect(render('{n} items: {list} {obj} {missing} {nil}', { n: 2, list: ['a', 'b'], obj: { k: 1 }, nil: null })).toBe(
      '2 items: a, b {"k":1} {missing} {nil}',
    );
    expect(render('no params', undefined)).toBe('no params');
  });
  it('does not read inherited properties', () => {
    expect(render('{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });
});
