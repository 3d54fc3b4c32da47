// The mappings errs applies by table, each row as its source documents it: RFC 9110's reason phrases,
// google.rpc.Code's HTTP mapping (google/rpc/code.proto), and the codes and names HTTP clients and
// runtimes give a request that got no response. A row lost or changed is a title, a category or a
// retry decision wrong for every user who meets that status or error.
import { describe, expect, it } from 'vitest';
import { categories, categoryFromStatus, isCategory, wireStatus } from './categories.js';
import { reasonPhrase } from './http.js';
import { noResponseCategory } from './no-response.js';

describe('reason phrases (RFC 9110)', () => {
  it.each([
    [400, 'Bad Request'], [401, 'Unauthorized'], [402, 'Payment Required'], [403, 'Forbidden'], [404, 'Not Found'],
    [405, 'Method Not Allowed'], [408, 'Request Timeout'], [409, 'Conflict'], [410, 'Gone'], [412, 'Precondition Failed'],
    [413, 'Content Too Large'], [415, 'Unsupported Media Type'], [422, 'Unprocessable Content'], [423, 'Locked'],
    [424, 'Failed Dependency'], [429, 'Too Many Requests'], [500, 'Internal Server Error'], [501, 'Not Implemented'],
    [502, 'Bad Gateway'], [503, 'Service Unavailable'], [504, 'Gateway Timeout'],
  ])('%i is %s', (status, phrase) => {
    expect(reasonPhrase(status)).toBe(phrase);
  });
  it('names a status it has no phrase for by its number', () => {
    expect([418, 299, 0].map(reasonPhrase)).toEqual(['HTTP 418', 'HTTP 299', 'HTTP 0']);
  });
});

describe('categories (google.rpc.Code)', () => {
  it('are the sixteen codes of google.rpc.Code but OK, in its order', () => {
    expect(categories).toEqual([
      'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED',
      'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE',
      'DATA_LOSS', 'UNAUTHENTICATED',
    ]);
    expect(categories.every(isCategory)).toBe(true);
    expect(['OK', 'not_found', '', 3, null].some(isCategory)).toBe(false);
  });

  it.each([
    [400, 'INVALID_ARGUMENT'], [401, 'UNAUTHENTICATED'], [402, 'FAILED_PRECONDITION'], [403, 'PERMISSION_DENIED'], [404, 'NOT_FOUND'],
    [405, 'UNIMPLEMENTED'], [408, 'DEADLINE_EXCEEDED'], [409, 'ABORTED'], [410, 'NOT_FOUND'], [411, 'INVALID_ARGUMENT'],
    [412, 'FAILED_PRECONDITION'], [413, 'OUT_OF_RANGE'], [415, 'INVALID_ARGUMENT'], [416, 'OUT_OF_RANGE'], [422, 'INVALID_ARGUMENT'],
    [423, 'ABORTED'], [424, 'FAILED_PRECONDITION'], [428, 'FAILED_PRECONDITION'], [429, 'RESOURCE_EXHAUSTED'], [499, 'CANCELLED'],
    [500, 'INTERNAL'], [501, 'UNIMPLEMENTED'], [502, 'UNAVAILABLE'], [503, 'UNAVAILABLE'], [504, 'DEADLINE_EXCEEDED'],
  ])('status %i is %s', (status, category) => {
    expect(categoryFromStatus(status)).toBe(category);
  });

  it('gives other 4xx FAILED_PRECONDITION, other 5xx INTERNAL, and anything else UNKNOWN', () => {
    expect([406, 418, 451, 399].map(categoryFromStatus)).toEqual(['FAILED_PRECONDITION', 'FAILED_PRECONDITION', 'FAILED_PRECONDITION', 'UNKNOWN']);
    expect([505, 599, 600].map(categoryFromStatus)).toEqual(['INTERNAL', 'INTERNAL', 'INTERNAL']);
    expect([0, 200, 302].map(categoryFromStatus)).toEqual(['UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
  });

  it.each([
    ['CANCELLED', 499], ['UNKNOWN', 500], ['INVALID_ARGUMENT', 400], ['DEADLINE_EXCEEDED', 504], ['NOT_FOUND', 404],
    ['ALREADY_EXISTS', 409], ['PERMISSION_DENIED', 403], ['RESOURCE_EXHAUSTED', 429], ['FAILED_PRECONDITION', 400],
    ['ABORTED', 409], ['OUT_OF_RANGE', 400], ['UNIMPLEMENTED', 501], ['INTERNAL', 500], ['UNAVAILABLE', 503],
    ['DATA_LOSS', 500], ['UNAUTHENTICATED', 401],
  ] as const)('an error of %s without a status is sent as %i', (category, status) => {
    expect(wireStatus(0, category)).toBe(status);
  });

  it('sends an error its own status when it is one from 100 to 599', () => {
    expect(wireStatus(100, 'INTERNAL')).toBe(100);
    expect(wireStatus(599, 'NOT_FOUND')).toBe(599);
    expect(wireStatus(99, 'NOT_FOUND')).toBe(404);
    expect(wireStatus(600, 'NOT_FOUND')).toBe(404);
    expect(wireStatus(404.5, 'ABORTED')).toBe(409);
  });
});

describe('requests that got no response', () => {
  it.each([
    ['ECONNREFUSED', 'UNAVAILABLE'], ['ECONNRESET', 'UNAVAILABLE'], ['ENOTFOUND', 'UNAVAILABLE'], ['EAI_AGAIN', 'UNAVAILABLE'],
    ['EHOSTUNREACH', 'UNAVAILABLE'], ['EHOSTDOWN', 'UNAVAILABLE'], ['ENETUNREACH', 'UNAVAILABLE'], ['ENETDOWN', 'UNAVAILABLE'],
    ['EPIPE', 'UNAVAILABLE'], ['ERR_NETWORK', 'UNAVAILABLE'], ['UND_ERR_SOCKET', 'UNAVAILABLE'], ['UND_ERR_CLOSED', 'UNAVAILABLE'],
    ['ETIMEDOUT', 'DEADLINE_EXCEEDED'], ['ESOCKETTIMEDOUT', 'DEADLINE_EXCEEDED'], ['ECONNABORTED', 'DEADLINE_EXCEEDED'],
    ['UND_ERR_CONNECT_TIMEOUT', 'DEADLINE_EXCEEDED'], ['UND_ERR_HEADERS_TIMEOUT', 'DEADLINE_EXCEEDED'], ['UND_ERR_BODY_TIMEOUT', 'DEADLINE_EXCEEDED'],
    ['ERR_CANCELED', 'CANCELLED'], ['ERR_ABORTED', 'CANCELLED'], ['ABORT_ERR', 'CANCELLED'],
  ])('error.code %s is %s', (code, category) => {
    expect(noResponseCategory({ code, name: 'Error', message: 'x' })).toBe(category);
  });

  it.each([
    ['AbortError', 'CANCELLED'], ['CanceledError', 'CANCELLED'], ['TimeoutError', 'DEADLINE_EXCEEDED'], ['NetworkError', 'UNAVAILABLE'],
    ['ConnectTimeoutError', 'DEADLINE_EXCEEDED'], ['HeadersTimeoutError', 'DEADLINE_EXCEEDED'], ['BodyTimeoutError', 'DEADLINE_EXCEEDED'],
  ])('error.name %s is %s', (name, category) => {
    expect(noResponseCategory({ name, message: 'x' })).toBe(category);
  });

  it.each(['fetch failed', 'Failed to fetch', 'NetworkError when attempting to fetch resource.', 'NetworkError when attempting to fetch resource', 'Load failed', 'Network request failed'])(
    "fetch's TypeError %j is UNAVAILABLE, and only as the whole message",
    (message) => {
      expect(noResponseCategory(new TypeError(message))).toBe('UNAVAILABLE');
      expect(noResponseCategory(new TypeError(`${message} twice`))).toBeUndefined();
      expect(noResponseCategory(new TypeError(`x ${message}`))).toBeUndefined();
      expect(noResponseCategory(new Error(message))).toBeUndefined();
    },
  );

  it('takes the code of the first cause that has one, up to five levels down, before the fetch failure', () => {
    const chain = (depth: number): unknown => {
      let value: unknown = { code: 'ETIMEDOUT' };
      for (let i = 0; i < depth; i++) value = { name: 'Error', message: 'wrapped', cause: value };
      return value;
    };
    expect(noResponseCategory(chain(4))).toBe('DEADLINE_EXCEEDED');
    expect(noResponseCategory(chain(5))).toBeUndefined();
    expect(noResponseCategory(new TypeError('fetch failed', { cause: { code: 'ERR_CANCELED' } }))).toBe('CANCELLED');
  });

  it("takes no code or name of Object.prototype's for a client's", () => {
    expect(noResponseCategory({ code: 'toString' })).toBeUndefined();
    expect(noResponseCategory({ name: 'constructor' })).toBeUndefined();
  });
});
