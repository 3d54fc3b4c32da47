import { describe, expect, it } from 'vitest';
import { decoderSnippet, encoderSnippet, installLine, tsLiteral } from './snippets';

const connect = { id: 'connect', pkg: '@errs/connect' };
const custom = { id: 'tidewater', pkg: '@errs/core', custom: true };

describe('snippets', () => {
  it('writes values as TypeScript literals', () => {
    expect(tsLiteral({ expectedVersion: 3, 'a-b': "it's", list: ['x', 1] })).toBe("{ expectedVersion: 3, 'a-b': 'it\\'s', list: ['x', 1] }");
    expect(tsLiteral([])).toBe('[]');
  });

  it('creates the error with the params and options shown', () => {
    const text = encoderSnippet(connect, { code: 'ConcurrentModification', params: { expectedVersion: 7 }, options: { requestId: 'r-1' } });
    expect(text).toContain("import { catalog } from '@errs/connect';");
    expect(text).toContain("catalog.create('ConcurrentModification', { expectedVersion: 7 }, { requestId: 'r-1' });");
    expect(encoderSnippet(custom, { code: 'upstream_failed', params: {} })).toContain("tidewater.create('upstream_failed');");
  });

  it('matches on a decoded known code only', () => {
    expect(decoderSnippet(connect, { code: 'ResourceNotFound', known: true }, '404')).toContain('ResourceNotFound: (e)');
    expect(decoderSnippet(connect, { code: 'Mystery', known: false }, '')).not.toContain('Mystery');
  });

  it('installs the vendor package with its peers (the core, zod), or the core for a custom catalog', () => {
    expect(installLine(connect)).toBe('npm i @errs/connect @errs/core zod');
    expect(installLine(custom)).toBe('npm i @errs/core zod');
  });
});
