import { describe, expect, it } from 'vitest';
import { categoryFromStatus } from './index.js';
import { header, headerValue, reasonPhrase, requestIdFrom, retryAfterMsFrom } from './http.js';

const now = Date.parse('2026-11-23T10:00:00Z');

describe('retryAfterMsFrom', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMsFrom({ 'Retry-After': '120' }, now)).toBe(120_000);
    expect(retryAfterMsFrom({ 'retry-after': 'Mon, 23 Nov 2026 10:00:30 GMT' }, now)).toBe(30_000);
    expect(retryAfterMsFrom({ 'retry-after': 'Mon, 23 Nov 2026 09:00:00 GMT' }, now)).toBe(0);
  });
  it('falls back to rate-limit reset headers: delta seconds, epoch seconds, structured', () => {
    expect(retryAfterMsFrom(new Headers({ 'RateLimit-Reset': '7' }), now)).toBe(7000);
    expect(retryAfterMsFrom([['X-RateLimit-Reset', String(now / 1000 + 12)]], now)).toBe(12_000);
    expect(retryAfterMsFrom({ RateLimit: 'limit=10, remaining=0, reset=3' }, now)).toBe(3000);
    expect(retryAfterMsFrom({ 'retry-after': 'soon', 'ratelimit-reset': '2' }, now)).toBe(2000);
  });
  it('answers undefined when nothing is readable', () => {
    expect(retryAfterMsFrom(undefined)).toBeUndefined();
    expect(retryAfterMsFrom({ 'retry-after': 'never' }, now)).toBeUndefined();
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': '-5' }, now)).toBeUndefined();
  });
});

describe('headers', () => {
  it('finds a header case-insensitively in every form', () => {
    expect(header(new Headers({ 'X-A': '1' }), 'x-a')).toBe('1');
    expect(header({ 'X-A': ['1', '2'] }, 'x-a')).toBe('1, 2');
    expect(header([['x-a', '3']], 'X-A')).toBe('3');
    expect(header({}, 'x-a')).toBeUndefined();
  });
  it('reads the request id from the common headers', () => {
    expect(requestIdFrom({ 'X-Correlation-ID': 'c-1' })).toBe('c-1');
    expect(requestIdFrom({ 'x-request-id': 'r', 'x-correlation-id': 'c' })).toBe('r');
    expect(requestIdFrom({ 'x-request-id': 'x'.repeat(1000) })).toHaveLength(256);
  });
  it('makes any string a safe header value', () => {
    expect(headerValue('plain value')).toBe('plain value');
    expect(headerValue('a\r\nb\u0000c')).toBe('a%0D%0Ab%00c');
    expect(headerValue('\ud800')).toBe('%EF%BF%BD');
    expect(() => new Headers({ x: headerValue('日本\n\u2028\ud83d') })).not.toThrow();
  });
});

describe('statuses', () => {
  it('maps statuses to google.rpc.Code categories and reason phrases', () => {
    expect([400, 401, 403, 404, 409, 412, 429, 499, 500, 501, 503, 504].map(categoryFromStatus)).toEqual([
      'INVALID_ARGUMENT', 'UNAUTHENTICATED', 'PERMISSION_DENIED', 'NOT_FOUND', 'ABORTED', 'FAILED_PRECONDITION',
      'RESOURCE_EXHAUSTED', 'CANCELLED', 'INTERNAL', 'UNIMPLEMENTED', 'UNAVAILABLE', 'DEADLINE_EXCEEDED',
    ]);
    expect(categoryFromStatus(418)).toBe('FAILED_PRECONDITION');
    expect(categoryFromStatus(599)).toBe('INTERNAL');
    expect(categoryFromStatus(200)).toBe('UNKNOWN');
    expect(reasonPhrase(404)).toBe('Not Found');
    expect(reasonPhrase(599)).toBe('HTTP 599');
  });
});
