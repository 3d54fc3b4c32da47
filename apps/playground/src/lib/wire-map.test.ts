import { describe, expect, it } from 'vitest';
import { vendors } from '../vendors';
import { parseHeaderLines } from './decode';
import { vendorExample } from './examples';
import { wireMap } from './wire-map';

const from = (map: ReturnType<typeof wireMap>, name: string) => map.links.find((l) => l.name === name)?.from;

describe('wire map', () => {
  it('finds the code, the details, the params and the id of an envelope, wherever they sit', () => {
    const body = {
      error: { code: 'ValidationFailed', message: 'Bad input', field: 'email', errors: [{ code: 'Required', at: 'email' }, { code: 'TooLong', at: 'name' }] },
      requestId: 'r-1',
    };
    const map = wireMap(body, { 'retry-after': '3' }, 400, {
      code: 'ValidationFailed',
      status: 400,
      message: 'Bad input',
      params: { field: 'email' },
      details: [{ code: 'Required', path: 'email' }, { code: 'TooLong', path: 'name' }],
      requestId: 'r-1',
      retryAfterMs: 3000,
      strategy: 'fix',
    });
    expect(from(map, 'code')).toBe('body error.code');
    expect(from(map, 'message')).toBe('body error.message');
    expect(from(map, 'status')).toBe('HTTP status');
    // the param named `field` is the body's `field`, not the first detail's `at: email`
    expect(from(map, 'params.field')).toBe('body error.field');
    expect(from(map, 'details')).toBe('body error.errors');
    expect(from(map, 'requestId')).toBe('body requestId');
    expect(from(map, 'retry')).toBe('header retry-after');
    expect(map.marks.get('error.errors[0].code')).toBe('details');
    expect(map.marks.get('error.code')).toBe('code');
  });

  it('names a status in the body and a request id in a header', () => {
    const map = wireMap({ statusCode: 404, id: 'NotFound' }, { 'x-request-id': 'abc' }, undefined, {
      code: 'NotFound', status: 404, message: 'Missing', params: {}, details: [], requestId: 'abc', retryAfterMs: undefined, strategy: 'fix',
    });
    expect(from(map, 'status')).toBe('body statusCode');
    expect(from(map, 'code')).toBe('body id');
    expect(from(map, 'message')).toBe("the catalog's message for the code");
    expect(from(map, 'requestId')).toBe('header x-request-id');
    expect(from(map, 'retry')).toBe("the catalog's advice for the code");
  });

  it("finds the code and every nested error in each vendor's example", () => {
    for (const v of vendors) {
      const example = vendorExample(v.catalog);
      if (!example) continue;
      const headers = parseHeaderLines(example.headers);
      const e = v.catalog.parse(example.body, { status: Number(example.status), headers });
      const map = wireMap(JSON.parse(example.body), headers, Number(example.status), {
        code: e.code,
        status: e.status,
        message: e.message,
        params: e.params,
        details: e.details.map((d) => ({ code: d.code, path: d.path })),
        requestId: e.requestId,
        retryAfterMs: e.retryAfterMs,
        strategy: e.retry.strategy,
      });
      expect(from(map, 'code'), v.id).toMatch(/^body /);
      if (e.details.length > 0) expect(from(map, 'details'), v.id).toMatch(/^body /);
      expect(from(map, 'requestId'), v.id).toBeDefined();
    }
  });
});
