// readL10nCsv against the syntax of easydb's l10n texts (current/easydb-endpoints.md, "Placeholder
// syntax in localized texts") and against a real CSV writer (csv-stringify).
import { describeWithDocs, fuzzRuns, readVendorDoc } from '@errs/testkit';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, L10nCsvError, readL10nCsv } from './index.js';

/** The error a call throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

const lineOf = (text: string) => {
  const e = thrown(() => readL10nCsv(text));
  expect(e).toBeInstanceOf(L10nCsvError);
  return (e as L10nCsvError).line;
};

describe('easydb: readL10nCsv renders user errors in the table\'s locales', () => {
  // The user error example of the errors page (current/easydb-endpoints.md, "Error examples", example_user.json).
  const example = { realm: 'user', code: 'error.user.collection_not_found', parameters: { id: '99' } };
  const csv = [
    'key,de-DE,en-US',
    'error.user.collection_not_found,Die Mappe %(id)s wurde nicht gefunden.,Collection %(id)s was not found.',
    'error.user.not_authenticated,"Nicht angemeldet, bitte anmelden.",',
  ].join('\n');

  it('renders the example in German, %(id)s filled from its parameters', () => {
    const tables = readL10nCsv(csv);
    expect(Object.keys(tables)).toEqual(['de-DE', 'en-US']);
    expect(catalog.format(catalog.parse(example), tables['de-DE'])).toBe('Die Mappe 99 wurde nicht gefunden.');
    expect(catalog.format(catalog.parse(example), tables['en-US'])).toBe('Collection 99 was not found.');
  });

  it('leaves a code with an empty cell to the documented message', () => {
    const tables = readL10nCsv(csv);
    expect(tables['en-US']).not.toHaveProperty('error.user.not_authenticated');
    const e = catalog.create('error.user.not_authenticated');
    expect(catalog.format(e, tables['en-US'])).toBe(catalog.get('error.user.not_authenticated').message);
    expect(catalog.format(e, tables['de-DE'])).toBe('Nicht angemeldet, bitte anmelden.');
  });

  it('reads the e-mail page\'s own localization line (current/easydb-endpoints.md, e-mail "Placeholders")', () => {
    const tables = readL10nCsv('key,de-DE,en-US\r\n"server.email.subject","E-Mail für %(_generated_displayname)s","E-mail for %(_generated_displayname)s"\r\n');
    const subject = { code: 'server.email.subject', message: '', params: { _generated_displayname: 'Ada' } };
    expect(catalog.format(subject, tables['de-DE'])).toBe('E-Mail für Ada');
    expect(catalog.format(subject, tables['en-US'])).toBe('E-mail for Ada');
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks (RFC 4180)', () => {
    const tables = readL10nCsv('key,de-DE\r\na,"eins, ""zwei""\r\ndrei"\r\nb,"x\ny"\n');
    expect(tables['de-DE']).toEqual({ a: 'eins, "zwei"\r\ndrei', b: 'x\ny' });
  });

  it('fills every output type of the l10n and e-mail pages with the value as given', () => {
    const types = ['s', 'D', 'd', 't', 'c', 'p', 'g', 'm', 'r', 'i', 'ui'];
    const row = types.map((t) => `%(v)${t}`).join(' ');
    const tables = readL10nCsv(`key,en-US\nk,${row}\n`);
    expect(catalog.format({ code: 'k', message: '', params: { v: '7' } }, tables['en-US'])).toBe(types.map(() => '7').join(' '));
  });

  it('puts the fixed texts of %(prepend|name|append)s around the value (l10n page, "Array input")', () => {
    const tables = readL10nCsv('key,en-US\nk,"List: \n%(*|values|\n)s"\nh,List with prepend value: %(#|values|)s\n');
    expect(catalog.format({ code: 'k', message: '', params: { values: 'value1' } }, tables['en-US'])).toBe('List: \n*value1\n');
    expect(catalog.format({ code: 'h', message: '', params: { values: 'value1' } }, tables['en-US'])).toBe('List with prepend value: #value1');
  });

  it('replaces $(key) with the text of that key in the same locale (l10n page, "Localization keys in values")', () => {
    const tables = readL10nCsv('key,en-US,de-DE\ninner.key,Some text,Etwas %(n)s\nouter.key,The value of the inner key is: $(inner.key),Innen: $(inner.key)\n');
    expect(tables['en-US']!['outer.key']).toBe('The value of the inner key is: Some text');
    expect(catalog.format({ code: 'outer.key', message: '', params: { n: '1' } }, tables['de-DE'])).toBe('Innen: Etwas 1');
  });

  it('keeps a $(key) the locale has no text for, and reads %% as %', () => {
    const tables = readL10nCsv('key,en-US\na,see $(missing) at 100%%\n');
    expect(tables['en-US']!.a).toBe('see $(missing) at 100%');
  });

  it('keeps placeholders whose names a template cannot hold as written, and a lone % or { as text', () => {
    const tables = readL10nCsv('key,en-US\na,%(server.email.subject)s\nb,"50% { ""x"": 1 } %(unclosed"\n');
    expect(tables['en-US']).toEqual({ a: '%(server.email.subject)s', b: '50% { "x": 1 } %(unclosed' });
    expect(catalog.format({ code: 'b', message: '', params: { x: 'no' } }, tables['en-US'])).toBe('50% { "x": 1 } %(unclosed');
  });

  it('refuses a literal {name}, which a template would fill: the error names line, locale and key', () => {
    const e = thrown(() => readL10nCsv('key,en-US,de-DE\na,ok,ok\nb,ok,"Wert {id} bleibt"\n'));
    expect(e).toBeInstanceOf(L10nCsvError);
    expect((e as L10nCsvError).line).toBe(3);
    expect((e as Error).message).toBe('l10n CSV, line 3: the de-DE text of b has a literal {id}, which a message template would fill as a placeholder');
    // A placeholder between braces is no literal: {%(id)s} reads as {99}.
    const tables = readL10nCsv('key,en-US\nb,{%(id)s}\n');
    expect(catalog.format({ code: 'b', message: '', params: { id: '99' } }, tables['en-US'])).toBe('{99}');
  });

  it('is safe against keys and locales named like Object.prototype members', () => {
    const tables = readL10nCsv('key,__proto__,constructor\n__proto__,a,b\ntoString,c,d\n');
    expect(Object.getPrototypeOf(tables)).toBeNull();
    expect(tables.__proto__!.__proto__).toBe('a');
    expect(tables.constructor.toString).toBe('d');
    expect(({} as Record<string, unknown>).a).toBeUndefined();
    expect(catalog.format({ code: 'constructor', message: 'fallback', params: {} }, tables.__proto__)).toBe('fallback');
  });
});

describe('easydb: readL10nCsv refuses malformed CSV, naming the line', () => {
  it.each([
    ['an unclosed quote (the line it opens on)', 'key,de-DE\na,ok\nb,"never\nclosed\n', 3],
    ['a row with too few fields', 'key,de-DE,en-US\na,x,y\nb,x\n', 3],
    ['a row with too many fields', 'key,de-DE\r\na,x\r\nb,x,y\r\n', 3],
    ['a quote inside an unquoted field', 'key,de-DE\na,say "hi"\n', 2],
    ['text after a closing quote', 'key,de-DE\na,"x"y\n', 2],
    ['a header without key', 'id,de-DE\na,x\n', 1],
    ['a header without locales', 'key\na\n', 1],
    ['a locale twice', 'key,de-DE,de-DE\n', 1],
    ['a row without key', 'key,de-DE\n,x\n', 2],
    ['a key twice', 'key,de-DE\na,x\nb,y\na,z\n', 4],
    ['a $(key) cycle', 'key,de-DE\na,$(b)\nb,$(a)\n', 2],
    ['an empty text', '', 1],
  ])('%s', (_name, text, line) => {
    expect(lineOf(text)).toBe(line);
  });

  it('refuses references that nest too deep or expand without bound', () => {
    const chain = Array.from({ length: 40 }, (_, i) => `k${i},$(k${i + 1})`).join('\n');
    expect(lineOf(`key,de-DE\n${chain}\nk40,end\n`)).toBeGreaterThan(1);
    const bomb = Array.from({ length: 20 }, (_, i) => `b${i},$(b${i + 1})$(b${i + 1})`).join('\n');
    const e = thrown(() => readL10nCsv(`key,de-DE\n${bomb}\nb20,x\n`));
    expect((e as Error).message).toMatch(/expands to more than 10000 parts/);
    // Nesting within the bound reads.
    expect(readL10nCsv('key,de-DE\na,$(b)$(b)\nb,$(c)!\nc,x\n')['de-DE']!.a).toBe('x!x!');
  });

  it('counts the lines inside quoted fields', () => {
    expect(lineOf('key,de-DE\na,"one\ntwo\r\nthree"\nb,x,y\n')).toBe(5);
  });

  it('reads a UTF-8 byte order mark and blank lines as nothing', () => {
    expect(readL10nCsv('\uFEFFkey,de-DE\n\na,x\n\n')).toEqual({ 'de-DE': { a: 'x' } });
  });
});

// csv-stringify quotes a field holding its own record delimiter, but not a lone CR or LF of the other
// convention; `quoted_match` makes it quote every field with a line break, as RFC 4180 asks.
const write = (records: string[][], options: { quoted?: boolean; crlf?: boolean } = {}) =>
  stringify(records, { quoted: options.quoted === true, quoted_match: /[\r\n]/, record_delimiter: options.crlf === true ? 'windows' : 'unix' });

describeWithDocs('easydb: the placeholder examples of the l10n page (current/easydb-endpoints.md)', () => {
  it('renders the page\'s "Keys definition" example as its "Javascript usage" shows', () => {
    const page = readVendorDoc('current/easydb-endpoints.md');
    const row = /^\|`your\.csv\.key\.with-placeholders`\| (Hello %\(username\)s.*?) \|$/m.exec(page)![1]!;
    const tables = readL10nCsv(write([['key', 'en-US'], ['your.csv.key.with-placeholders', row]]));
    // The page's output formats the date (`d`); errs fills in the value as given.
    const params = { username: 'Guest', date: '01/01/2000', app_name: 'EasyDB' };
    expect(catalog.format({ code: 'your.csv.key.with-placeholders', message: '', params }, tables['en-US'])).toBe(
      'Hello Guest, welcome to EasyDB. Your account was created on 01/01/2000.',
    );
  });
});

// Text without the characters of the placeholder syntax, but with everything CSV must quote.
const plainChar = fc.constantFrom('a', 'Z', 'ä', 'ß', ' ', ',', '"', '\n', '\r', '\r\n', ';', '|', '}', ')', '(', '\t', '😀', '0');
const plain = fc.array(plainChar, { maxLength: 12 }).map((cs) => cs.join(''));
const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,6}$/);
const locale = fc.stringMatching(/^[a-z]{2}-[A-Z]{2}$/);

describe('easydb: any table a correct CSV writer writes reads back (fast-check, csv-stringify)', () => {
  const table = fc
    .tuple(fc.uniqueArray(locale, { minLength: 1, maxLength: 4 }), fc.uniqueArray(plain.filter((k) => k !== ''), { minLength: 0, maxLength: 8 }))
    .chain(([locales, keys]) =>
      fc.record({
        locales: fc.constant(locales),
        rows: fc.tuple(...keys.map((key) => fc.tuple(fc.constant(key), fc.array(plain, { minLength: locales.length, maxLength: locales.length })))),
        quoted: fc.boolean(),
        crlf: fc.boolean(),
      }),
    );

  it('gives every non-empty cell back, in its locale, and leaves out the empty ones', () => {
    fc.assert(
      fc.property(table, ({ locales, rows, quoted, crlf }) => {
        const text = write([['key', ...locales], ...rows.map(([key, cells]) => [key, ...cells])], { quoted, crlf });
        const tables = readL10nCsv(text);
        expect(Object.keys(tables)).toEqual(locales);
        locales.forEach((loc, i) => {
          const expected = Object.fromEntries(rows.filter(([, cells]) => cells[i] !== '').map(([key, cells]) => [key, cells[i]]));
          expect({ ...tables[loc] }).toEqual(expected);
        });
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('fills %(name)s placeholders of any text from the params, as easydb would', () => {
    const piece = fc.oneof(plain.map((text) => ({ text })), name.map((param) => ({ param })));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.dictionary(name, plain), (pieces, values) => {
        const cell = pieces.map((p) => ('text' in p ? p.text : `%(${p.param})s`)).join('');
        fc.pre(cell !== '');
        const params = Object.fromEntries(pieces.filter((p) => 'param' in p).map((p) => [p.param, values[p.param] ?? 'v']));
        const tables = readL10nCsv(write([['key', 'de-DE'], ['error.user.x', cell]]));
        const rendered = catalog.format({ code: 'error.user.x', message: '', params }, tables['de-DE']);
        expect(rendered).toBe(pieces.map((p) => ('text' in p ? p.text : params[p.param])).join(''));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('throws only L10nCsvError, never a half-read table, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(plainChar, fc.constantFrom('key', 'de-DE', '%(a)s', '$(k)', '{a}', '%%')), { maxLength: 40 }), (chars) => {
        const text = `key,de-DE\n${chars.join('')}`;
        try {
          const tables = readL10nCsv(text);
          expect(Object.keys(tables)).toEqual(['de-DE']);
        } catch (e) {
          expect(e).toBeInstanceOf(L10nCsvError);
          expect((e as L10nCsvError).line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
