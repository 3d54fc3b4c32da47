import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acme } from './testing/acme.js';
import { display, placeholders, render } from './envelope-entry.js';
import { fromJSON } from './index.js';

const RAW = /\{[A-Za-z_][A-Za-z0-9_]*\}/;

describe('templates', () => {
  it('lists placeholders once, in order, ignoring braces that are not names', () => {
    expect(placeholders('{a} and {b_2} and {a} but not { c } or {1x} or {}')).toEqual(['a', 'b_2']);
  });

  it('renders values, lists and objects', () => {
    expect(render('{n} items: {list} {obj}', { n: 2, list: ['a', 'b'], obj: { k: 1 } })).toBe('2 items: a, b {"k":1}');
    expect(render('no params', undefined)).toBe('no params');
  });

  it.each([
    // [template, params, rendered]: a clause whose param is absent drops out with its label and lead-in.
    ['Deployment with id={resourceId} or key={resourceKey} does not exist', {}, 'Deployment does not exist'],
    ['Deployment with id={resourceId} or key={resourceKey} does not exist', { resourceKey: 'k' }, 'Deployment with key=k does not exist'],
    ['Deployment with id={resourceId} or key={resourceKey} does not exist', { resourceId: 'i' }, 'Deployment with id=i does not exist'],
    ['Deployment with id={resourceId} or key={resourceKey} does not exist', { resourceId: 'i', resourceKey: 'k' }, 'Deployment with id=i or key=k does not exist'],
    ['The user lacks a right (operation: {operation}, type: {type}, right: {right}).', { type: 't' }, 'The user lacks a right (type: t).'],
    ['The user lacks a right (operation: {operation}, type: {type}, right: {right}).', { operation: 'o', right: 'r' }, 'The user lacks a right (operation: o, right: r).'],
    ['The user lacks a right (operation: {operation}, type: {type}, right: {right}).', {}, 'The user lacks a right.'],
    ['The file connect.yaml at {url} with the tag {tag} was not found', {}, 'The file connect.yaml was not found'],
    ['The file connect.yaml at {url} with the tag {tag} was not found', { tag: 'v1' }, 'The file connect.yaml with the tag v1 was not found'],
    ['Invalid page token: {pageToken}', {}, 'Invalid page token'],
    ['A duplicate value {duplicateValue} exists for field {field}.', { field: 'name' }, 'A duplicate value exists for field name.'],
    ['The value {value} for the {field} field was not found', { value: 'x' }, 'The value x for the field was not found'],
    ['No {resource} with id {id}.', { resource: 'order', id: null }, 'No order.'],
  ])('%s with %o reads %s', (template, params, rendered) => {
    expect(render(template, params)).toBe(rendered);
  });

  it('does not read inherited properties', () => {
    expect(render('a {toString} b {constructor} c', {})).toBe('a b c');
  });

  it('reads an own `__proto__` param, never the prototype', () => {
    expect(render('{__proto__}', JSON.parse('{"__proto__":"own"}') as Record<string, unknown>)).toBe('own');
    expect(render('x {__proto__}', {})).toBe('x');
  });

  const name = fc.constantFrom('a', 'b_2', '__proto__', 'constructor', 'x');
  const text = fc.constantFrom('', ' ', '"', "'", '\\', '`${x}`', '*/', '\n', '(', ')', ', ', ' or ', ': ', '=', ' with the ', '.', 'plain text');
  const template = fc.array(fc.oneof(text, name.map((n) => `{${n}}`)), { maxLength: 8 }).map((p) => p.join(''));
  const value = fc.oneof(fc.string().filter((s) => !s.includes('{')), fc.integer(), fc.array(fc.string().filter((s) => !s.includes('{'))));

  it('fills placeholders exactly as a regex replace would, when every param is there', () => {
    fc.assert(
      fc.property(template, fc.dictionary(name, value), (t, given) => {
        const params = Object.fromEntries(placeholders(t).map((n) => [n, Object.hasOwn(given, n) ? given[n] : n.length]));
        const expected = t.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_whole, n: string) => display(params[n]));
        expect(render(t, params)).toBe(expected);
      }),
    );
  });

  it('never leaves a raw placeholder, whatever params are absent', () => {
    const params = fc.dictionary(name, fc.oneof(value, fc.constant(null), fc.constant(undefined)));
    fc.assert(
      fc.property(template, params, (t, p) => {
        expect(render(t, p)).not.toMatch(RAW);
      }),
    );
  });
});

describe('templates from input cost no memory that outlives the call', () => {
  // Every compiled function goes through the Function constructor: count its calls.
  let compiled = 0;
  const RealFunction = globalThis.Function;
  afterEach(() => vi.unstubAllGlobals());
  const counting = (): void => {
    compiled = 0;
    vi.stubGlobal('Function', function counted(...args: string[]) {
      compiled++;
      return new RealFunction(...args) as unknown;
    });
  };

  it('render, format tables, fromJSON titles and toProblem compile nothing, for any number of templates', () => {
    const e = acme.create('not_found', { resource: 'order', id: '1' });
    e.toProblem();
    counting();
    for (let i = 0; i < 5000; i++) {
      expect(render(`Template ${i}: {a} and {b}`, { a: i })).toBe(`Template ${i}: ${i}`);
      expect(acme.format(e, { not_found: `Kein {resource} ${i} mit ID {id}.` })).toBe(`Kein order ${i} mit ID 1.`);
      const back = fromJSON({ ...e.toJSON(), title: `Title ${i} {missing}` });
      expect(back.toProblem().title).toBe(`Title ${i}`);
    }
    expect(compiled).toBe(0);
  });
});

describe('a stray parenthesis of the doc itself', () => {
  const connect = 'Object id={resourceId} or key={resourceKey} has a different version than expected. Expected: {expectedVersion} - Actual: {currentVersion})';
  it.each([
    [{ expectedVersion: 2, currentVersion: 3 }, 'Object has a different version than expected. Expected: 2 - Actual: 3)'],
    [{ expectedVersion: 2 }, 'Object has a different version than expected. Expected: 2'],
    [{ currentVersion: 3, resourceKey: 'k' }, 'Object key=k has a different version than expected. Actual: 3'],
    [{}, 'Object has a different version than expected.'],
  ])('goes with its clauses: %o', (params, rendered) => {
    expect(render(connect, params)).toBe(rendered);
  });
});
