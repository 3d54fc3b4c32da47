import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { display, placeholders, render } from './index.js';

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

// Rendered by compiled functions (the default) and by closures (realms that forbid eval, simulated
// by a Function constructor that throws as theirs does): both must say what a plain regex says.
describe.each([
  ['compiled', () => import('./template.js')],
  [
    'without eval',
    async () => {
      vi.resetModules();
      vi.stubGlobal('Function', function forbidden() {
        throw new EvalError('Code generation from strings disallowed for this context');
      });
      try {
        const module = await import('./template.js');
        module.render('{x}', { x: 1 }); // decides, once, that code cannot be compiled
        return module;
      } finally {
        vi.unstubAllGlobals();
      }
    },
  ],
])('render (%s)', (_mode, load) => {
  const reference = (template: string, params: Record<string, unknown>): string =>
    template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) && params[name] !== undefined && params[name] !== null ? display(params[name]) : whole,
    );
  const name = fc.constantFrom('a', 'b_2', '__proto__', 'constructor', 'x');
  const text = fc.constantFrom('', ' ', '"', "'", '\\', '`${x}`', '*/', '\n', '\u2028', '{', '}', '{ a }', '{1x}', 'plain text');
  const template = fc.array(fc.oneof(text, name.map((n) => `{${n}}`)), { maxLength: 8 }).map((p) => p.join(''));
  const params = fc.dictionary(name, fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.string())));

  it('fills placeholders exactly as a regex replace would', async () => {
    const { render } = await load();
    fc.assert(
      fc.property(template, params, (t, p) => {
        expect(render(t, p)).toBe(reference(t, p));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads an own `__proto__` param, never the prototype', async () => {
    const { render } = await load();
    expect(render('{__proto__}', JSON.parse('{"__proto__":"own"}') as Record<string, unknown>)).toBe('own');
    expect(render('{__proto__}', {})).toBe('{__proto__}');
  });
});
