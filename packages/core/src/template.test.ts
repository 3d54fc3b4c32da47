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

// Templates one step from each rule of prepare(): a label, a separator, a lead-in phrase, the
// words that end a phrase, parentheses; each read with the param absent, so the rule decides what
// goes with it.
describe('what drops out with an absent param', () => {
  it.each([
    // Only names in braces are placeholders: other braces stay as written.
    ['Use {1x}, { b } or {} for {b_2}', { b_2: 'x' }, 'Use {1x}, { b } or {} for x'],
    ['Use {1x} or {b_2} here', {}, 'Use {1x} or here'],
    // A label is the identifier right before the slot; a colon earlier in the text is not one.
    ['Error: bad value {v}', {}, 'Error: bad value'],
    ['Order with id={id} was not found', {}, 'Order was not found'],
    ['Order with id={id} was not found', { id: 7 }, 'Order with id=7 was not found'],
    // A labelled slot takes a bare preposition along, even when no phrase-ending word follows.
    ['Order with id={id} still pending', {}, 'Order still pending'],
    ['Deployment with  id={resourceId} does not exist', {}, 'Deployment does not exist'],
    ['Mail to the user with id={id} bounced', {}, 'Mail to the user bounced'],
    // A preposition is a word of its own, not the end of one ("Plug-in", "Plugin").
    ['Plugin {name} was not found', {}, 'Plugin was not found'],
    ['Plugin id={id} is disabled', {}, 'Plugin is disabled'],
    // The phrase right before the slot goes, not an earlier one.
    ['Cannot connect to server at {host}.', {}, 'Cannot connect to server.'],
    // Runs of spaces inside a lead-in phrase, or before the word that ends it.
    ['Saved to  the  folder  {dir}.', {}, 'Saved.'],
    ['Job at {url}  was cancelled', {}, 'Job was cancelled'],
    // The end of the template, punctuation after spaces, and "exist" without its s end a phrase.
    ['Could not connect at {url}', {}, 'Could not connect'],
    ['Could not connect at {url} ', {}, 'Could not connect'],
    ['No answer from {host} ; retrying', {}, 'No answer; retrying'],
    ['No files at {path} exist', {}, 'No files exist'],
    // A colon label alone leads in, and goes with its value, the text after it stays.
    ['Invalid page token: {pageToken}. Start over.', {}, 'Invalid page token. Start over.'],
    ['Invalid page token: {pageToken}. Start over.', { pageToken: 'p' }, 'Invalid page token: p. Start over.'],
  ])('%s with %o reads %s', (template, params, rendered) => {
    expect(render(template, params)).toBe(rendered);
  });

  it.each([
    // More than a separator between two slots: the words stay when the first slot goes.
    ['Order {id} was cancelled and {reason}', { reason: 'refunded' }, 'Order was cancelled and refunded'],
    ['Codes {a} and more,{b}', { b: 'x' }, 'Codes and more,x'],
    // Separators: `,` with no space, `/`, `and`, and a run of spaces after one.
    ['Keys {a},{b} are taken', { b: 'x' }, 'Keys x are taken'],
    ['Keys {a},{b} are taken', { a: 'x', b: 'y' }, 'Keys x,y are taken'],
    ['Pick {a} / {b}.', { b: 'x' }, 'Pick x.'],
    ['Pick {a} / {b}.', { a: 'x' }, 'Pick x.'],
    ['Found by id={a} and key={b}', { b: 'k' }, 'Found by key=k'],
    ['Found by id={a} or  key={b}', { b: 'k' }, 'Found by key=k'],
    ['Found by id={a} or  key={b}', { a: 'i' }, 'Found by id=i'],
  ])('%s with %o reads %s', (template, params, rendered) => {
    expect(render(template, params)).toBe(rendered);
  });

  it.each([
    // A `)` the group opened goes with it.
    ['Job (id: {id}) failed at {time}', { time: 't' }, 'Job failed at t'],
    // A `)` further on is no stray: it keeps the space before it.
    ['Conflict on id={id} or key={key} (see the docs)', { key: 'k' }, 'Conflict on key=k (see the docs)'],
  ])('%s with %o reads %s', (template, params, rendered) => {
    expect(render(template, params)).toBe(rendered);
  });

  it('drops a clause whose param is undefined, or when no params are given', () => {
    expect(render('No {resource} with id {id}.', { resource: 'order', id: undefined })).toBe('No order.');
    expect(render('Order {id} failed', undefined)).toBe('Order failed');
    expect(render('{count} items were dropped', {})).toBe('items were dropped');
  });

  it('fills a complete template as written, and tidies only what a dropped clause leaves', () => {
    expect(render('Total:  {n} items .', { n: 2 })).toBe('Total:  2 items .');
    expect(render('Total:  {n} items .', {})).toBe('Total: items.');
    expect(render('First line.\nSecond {a}', {})).toBe('First line.\nSecond');
    expect(render('Failed:  {reason}', {})).toBe('Failed');
  });
});

describe('display', () => {
  it('reads numbers as String does, not as JSON', () => {
    expect(display(NaN)).toBe('NaN');
    expect(display(-Infinity)).toBe('-Infinity');
    expect(display(12n)).toBe('12');
    expect(display(false)).toBe('false');
  });

  it('never throws: what JSON cannot write reads as String gives it', () => {
    expect(display(undefined)).toBe('undefined');
    expect(display(Symbol('s'))).toBe('Symbol(s)');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(display(circular)).toBe('[object Object]');
    expect(display({ n: 1n })).toBe('[object Object]');
    expect(display([[1, 2], 'x', null])).toBe('1, 2, x, null');
  });
});

describe('what a dropped clause leaves at either end of a phrase', () => {
  it.each([
    // Words inside parentheses that lead into the slot go with it, parentheses and all.
    ['Denied (user {user})', {}, 'Denied'],
    ['Denied (user {user}) today', {}, 'Denied today'],
    ['Denied (user {user})', { user: 'u1' }, 'Denied (user u1)'],
    ['Error {a} (code {b})', { a: 'x' }, 'Error x'],
    ['Error {a} (code {b})', { b: 7 }, 'Error (code 7)'],
    // A parenthesis that closes after more text is not the slot's own: it stays.
    ['Denied (user {user} and more)', {}, 'Denied (user and more)'],
    // A separator left at the start of the message by the clause before it goes too.
    ['{a}, then {b}', { b: 'x' }, 'then x'],
    ['{a}; {b} follows', { b: 'x' }, 'x follows'],
  ])('%s with %o reads %s', (template, params, rendered) => {
    expect(render(template, params)).toBe(rendered);
  });
});
