import { describe, expect, it } from 'vitest';
import { vendors } from '../vendors';
import { vendorExample } from './examples';
import { exampleError } from './scenarios';
import { catalogSnippet, codeSnippet, decoderSnippet, encoderSnippet, installLine, liveSnippet, SNIPPET_WIDTH, tarball, tsLiteral } from './snippets';

const connect = { id: 'connect', pkg: '@errs/connect' };
const custom = { id: 'tidewater', pkg: '@errs/core', custom: true };

describe('snippets', () => {
  it('writes values as TypeScript literals', () => {
    expect(tsLiteral({ expectedVersion: 3, 'a-b': "it's", list: ['x', 1] })).toBe("{ expectedVersion: 3, 'a-b': 'it\\'s', list: ['x', 1] }");
    expect(tsLiteral([])).toBe('[]');
    // too long for one line: one entry per line, nested ones within the line too
    expect(tsLiteral({ resourceId: 'order-1234', details: [{ code: 'RequiredValue', path: 'customer.email' }] }, '', 40)).toBe(
      ["{", "  resourceId: 'order-1234',", '  details: [', "    { code: 'RequiredValue', path: 'customer.email' },", '  ],', '}'].join('\n').replace(
        "    { code: 'RequiredValue', path: 'customer.email' },",
        ['    {', "      code: 'RequiredValue',", "      path: 'customer.email',", '    },'].join('\n'),
      ),
    );
  });

  it('creates the error with the params and options shown', () => {
    const text = encoderSnippet(connect, { code: 'ConcurrentModification', params: { expectedVersion: 7 }, options: { requestId: 'r-1' } });
    expect(text).toContain("import { catalog } from '@errs/connect';");
    expect(text).toContain(["const error = catalog.create(", "  'ConcurrentModification',", '  { expectedVersion: 7 },', "  { requestId: 'r-1' },", ');'].join('\n'));
    expect(encoderSnippet(custom, { code: 'upstream_failed', params: {} })).toContain("tidewater.create('upstream_failed');");
  });

  it('creates no error from invalid params: it names the problems', () => {
    const text = encoderSnippet(connect, { code: 'ConcurrentModification', params: { expectedVersion: 'abc' }, invalid: ['expectedVersion: enter a whole number'] });
    expect(text).not.toContain('abc');
    expect(text).not.toContain('create(');
    expect(text).toContain('// expectedVersion: enter a whole number');
  });

  it('matches on a decoded known code only', () => {
    expect(decoderSnippet(connect, { code: 'ResourceNotFound', known: true }, '404')).toContain('ResourceNotFound: (e)');
    expect(decoderSnippet(connect, { code: 'Mystery', known: false }, '')).not.toContain('Mystery');
  });

  it('writes the live client with errsFetch of @errs/core/fetch', () => {
    const text = liveSnippet(connect);
    expect(text).toContain("import { errsFetch } from '@errs/core/fetch';");
    expect(text).toContain('const fetch = errsFetch(catalog);');
  });

  it('installs from tarballs packed in a clone (not published yet): the vendor package with its peers, or the core alone', () => {
    expect(tarball('@errs/connect', '0.1.0')).toBe('errs-connect-0.1.0.tgz');
    expect(installLine(connect, '0.1.0')).toBe(
      ['# in a clone of errs', 'pnpm install && pnpm pack:local', '# in your app', 'npm i <clone>/.packs/errs-core-0.1.0.tgz <clone>/.packs/errs-connect-0.1.0.tgz zod'].join('\n'),
    );
    expect(installLine(custom, '0.1.0').split('\n').at(-1)).toBe('npm i <clone>/.packs/errs-core-0.1.0.tgz zod');
  });

  it(`keeps every line of every vendor's snippets within ${SNIPPET_WIDTH} characters, values aside`, () => {
    for (const v of vendors) {
      const example = vendorExample(v.catalog);
      const decoded = example ? v.catalog.safeParse(example.body, { status: Number(example.status) }) : undefined;
      const texts = [catalogSnippet(v), liveSnippet(v)];
      if (decoded?.success) texts.push(decoderSnippet(v, { code: decoded.data.code, known: decoded.data.known, params: decoded.data.params }, example!.status));
      for (const code of v.catalog.codes.filter((c) => !v.catalog.get(c)!.nested)) {
        const error = exampleError(v.catalog, code);
        if (!error) continue;
        texts.push(encoderSnippet(v, { code, params: error.params, options: { requestId: 'req-1' } }), codeSnippet(v, code, error.params));
      }
      for (const text of texts) {
        // A code or a value longer than the width is the one thing that may not fit.
        const long = text.split('\n').filter((l) => l.length > SNIPPET_WIDTH && !/'[^']{24,}'/.test(l) && !/\(thrown, '/.test(l));
        expect(long, v.id).toEqual([]);
      }
    }
  });
});
