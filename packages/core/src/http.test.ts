import { describe, expect, it } from 'vitest';
import { categoryFromStatus } from './index.js';
import { bodyText, header, headerValue, readBounded, reasonPhrase, requestIdFrom, responseStatus, retryAfterMsFrom } from './http.js';

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

describe('retryAfterMsFrom at the edges of its forms', () => {
  it('reads a reset header holding epoch milliseconds, epoch seconds or a delta, each as the time left', () => {
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': String(now + 1500) }, now)).toBe(1500);
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': String(now - 1500) }, now)).toBe(0);
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': String(now / 1000 - 5) }, now)).toBe(0);
    expect(retryAfterMsFrom({ 'x-rate-limit-reset': '1.5' }, now)).toBe(1500);
    expect(retryAfterMsFrom({ 'retry-after': ' 2 ' }, now)).toBe(2000);
  });
  it('takes Retry-After before the reset headers, and the structured RateLimit last', () => {
    expect(retryAfterMsFrom({ 'retry-after': '1', 'ratelimit-reset': '9', ratelimit: 'reset=7' }, now)).toBe(1000);
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': '4', ratelimit: 'reset=7' }, now)).toBe(4000);
    expect(retryAfterMsFrom({ ratelimit: '"default";r=0;t=6' }, now)).toBe(6000);
    expect(retryAfterMsFrom({ ratelimit: 'limit=10, remaining=0' }, now)).toBeUndefined();
  });
  it('reads no date from a reset header: only Retry-After may hold one', () => {
    expect(retryAfterMsFrom({ 'ratelimit-reset': 'Mon, 23 Nov 2026 10:00:30 GMT' }, now)).toBeUndefined();
  });
});

describe('responseStatus', () => {
  it('keeps a status a Response can carry and gives 500 for any other', () => {
    expect([200, 404, 599].map(responseStatus)).toEqual([200, 404, 599]);
    expect([0, 100, 199, 600, 404.5, Number.NaN].map(responseStatus)).toEqual([500, 500, 500, 500, 500, 500]);
  });
});

describe('bodyText', () => {
  it('sends text as it is and anything else as JSON, bigints as their digits', () => {
    expect(bodyText('<p>x</p>')).toBe('<p>x</p>');
    expect(bodyText({ n: 12345678901234567890n, s: 'a' })).toBe('{"n":"12345678901234567890","s":"a"}');
  });
});

describe('readBounded', () => {
  const stream = (chunks: number[][]): { body: ReadableStream<Uint8Array>; cancelled: () => boolean; pulls: () => number } => {
    let cancelled = false;
    let pulls = 0;
    const queue = chunks.map((c) => new Uint8Array(c));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        const next = queue.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
      cancel() {
        cancelled = true;
      },
    }, { highWaterMark: 0 });
    return { body, cancelled: () => cancelled, pulls: () => pulls };
  };
  const bytes = (text: string): number[] => [...new TextEncoder().encode(text)];

  it('reads a body of exactly maxBytes whole, and does not call it cut', async () => {
    const s = stream([bytes('{"a":'), bytes('1}')]);
    expect(await readBounded(s.body, 7)).toEqual({ text: '{"a":1}', truncated: false });
    expect(s.cancelled()).toBe(false);
  });

  it('cuts a body one byte over maxBytes at maxBytes, and cancels the rest of the stream', async () => {
    const s = stream([bytes('{"a":'), bytes('12}'), bytes('never read')]);
    expect(await readBounded(s.body, 7)).toEqual({ text: '{"a":12', truncated: true });
    expect(s.cancelled()).toBe(true);
    expect(s.pulls()).toBe(2);
  });

  it('decodes a UTF-8 character split across chunks as that character', async () => {
    const euro = bytes('€'); // three bytes
    const s = stream([[...bytes('"'), euro[0]!], [euro[1]!], [euro[2]!, ...bytes('"')]]);
    expect(await readBounded(s.body, 100)).toEqual({ text: '"€"', truncated: false });
  });

  it('reads no body as empty text', async () => {
    expect(await readBounded(null, 10)).toEqual({ text: '', truncated: false });
  });

  it('releases the stream when it is done, so its owner can cancel it', async () => {
    const s = stream([bytes('{}')]);
    await readBounded(s.body, 10);
    expect(s.body.locked).toBe(false);
  });
});

describe('header, form by form, when the header is absent', () => {
  it('answers undefined, never null, for a Headers object without it', () => {
    expect(header(new Headers(), 'x-a')).toBeUndefined();
  });
  it('answers undefined for a key whose value is undefined', () => {
    expect(header({ 'x-a': undefined }, 'x-a')).toBeUndefined();
  });
  it('reads an array of pairs by their names only, not by its indexes', () => {
    expect(header([['a', '1']], '0')).toBeUndefined();
  });
});

describe('request ids, header by header', () => {
  it('reads each common header, and skips one that is empty', () => {
    expect(requestIdFrom({ 'Request-Id': 'q' })).toBe('q');
    expect(requestIdFrom({ 'x-amzn-RequestId': 'amzn' })).toBe('amzn');
    expect(requestIdFrom({ 'x-request-id': '', 'x-correlation-id': 'c' })).toBe('c');
    expect(requestIdFrom({})).toBeUndefined();
  });
});

describe('retryAfterMsFrom: what reads as seconds', () => {
  it('reads fractions and numbers of several digits', () => {
    expect(retryAfterMsFrom({ 'retry-after': '1.25' }, now)).toBe(1250);
    expect(retryAfterMsFrom({ ratelimit: '"default";r=0;t=30' }, now)).toBe(30_000);
    expect(retryAfterMsFrom({ ratelimit: 'limit=10, remaining=0, reset=12' }, now)).toBe(12_000);
    expect(retryAfterMsFrom({ ratelimit: '"default";r=0; t=6' }, now)).toBe(6000);
  });
  it('reads no number with words before or after it', () => {
    expect(retryAfterMsFrom({ 'retry-after': 'x5' }, now)).toBeUndefined();
    expect(retryAfterMsFrom({ 'retry-after': '5 seconds' }, now)).toBeUndefined();
    expect(retryAfterMsFrom({ ratelimit: 'r=0;xt=6' }, now)).toBeUndefined();
  });
  it('takes 10^9 as seconds to wait and 10^12 as epoch seconds: each one past is a timestamp of the next unit', () => {
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': '1000000000' }, now)).toBe(1e12);
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': '1000000001' }, now)).toBe(0);
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': '1000000000000' }, now)).toBe(1e15 - now);
    expect(retryAfterMsFrom({ 'x-ratelimit-reset': '1000000000001' }, now)).toBe(0);
  });
});
