import { describe, expect, it } from 'vitest';
import { curlLine, encodeCurl, shellQuote } from './curl';

describe('curl lines', () => {
  it('quotes for a POSIX shell', () => {
    expect(shellQuote('plain')).toBe('plain');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('a b; rm -rf /')).toBe(`'a b; rm -rf /'`);
    expect(shellQuote('$(x)')).toBe(`'$(x)'`);
  });

  it('builds a GET and a POST', () => {
    expect(curlLine({ url: 'http://127.0.0.1:5173/x' })).toBe('curl -i http://127.0.0.1:5173/x');
    expect(curlLine({ url: 'http://h/y', headers: { 'content-type': 'application/json' }, body: '{"a":"it\'s"}' })).toBe(
      `curl -i -X POST -H 'content-type: application/json' --data-raw '{"a":"it'\\''s"}' http://h/y`,
    );
  });

  it('asks the mock server for an encoded error', () => {
    expect(encodeCurl('http://127.0.0.1:5173', 'omnia', { code: 'EntityNotFound', params: {} })).toBe(
      `curl -i -X POST -H 'content-type: application/json' --data-raw '{"code":"EntityNotFound","params":{}}' http://127.0.0.1:5173/mock/omnia/encode`,
    );
  });
});
