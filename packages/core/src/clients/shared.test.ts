// Which frames captureTrace leaves out: the named clients' files wherever a package manager or a
// bundler puts them, and the runtime's own, so that a stack starts in the user's code.
import { describe, expect, it } from 'vitest';
import { acme } from '../testing/acme.js';
import { captureTrace, clientError, isFailure } from './shared.js';

/** A client's function whose frame V8 names by the file `url` (anonymous when `anonymous`). */
function clientAt(url: string, anonymous = false): (hook: () => unknown) => () => unknown {
  const body = anonymous ? 'return () => hook();' : 'return function clientCall() { return hook(); };';
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the only way to give a frame a file name
  return new Function('hook', `${body}\n//# sourceURL=${url}`) as (hook: () => unknown) => () => unknown;
}

/** The stack's lines, when a user's function calls the client, which calls the hook that captures. */
function linesOf(url: string, packages: readonly string[], anonymous = false): string[] {
  function hook() {
    return captureTrace(hook, packages);
  }
  const call = clientAt(url, anonymous)(hook);
  function userCall() {
    return call() as { stack?: string };
  }
  return (userCall().stack ?? '').split('\n');
}

const startsInUser = (lines: string[]) => /^\s+at userCall .*shared\.test\.ts/.test(lines[1] ?? '');

describe('captureTrace: where a client is installed', () => {
  it.each([
    ['npm', '/app/node_modules/fake-client/dist/index.js'],
    ["pnpm's store", '/app/node_modules/.pnpm/fake-client@1.2.3/node_modules/fake-client/dist/index.js'],
    ["Vite's pre-bundle", '/app/node_modules/.vite/deps/fake-client.js'],
    ['Windows', 'C:\\app\\node_modules\\fake-client\\dist\\index.js'],
  ])("leaves out the client's frame of %s, keeping the header line", (_where, url) => {
    const lines = linesOf(url, ['other-client', 'fake-client']);
    expect(lines[0]).not.toMatch(/^\s+at /);
    expect(startsInUser(lines)).toBe(true);
  });

  it.each([
    ['npm', '/app/node_modules/@acme/fake-client/dist/index.js'],
    ["pnpm's store", '/app/node_modules/.pnpm/@acme+fake-client@1.0.0/node_modules/@acme/fake-client/index.js'],
    ["Vite's pre-bundle", '/app/node_modules/.vite/deps/@acme_fake-client.js'],
  ])('leaves out the frame of a scoped package of %s', (_where, url) => {
    expect(startsInUser(linesOf(url, ['@acme/fake-client']))).toBe(true);
  });

  it.each([
    ['another package whose name starts the same', '/app/node_modules/fake-client-extra/index.js', ['fake-client']],
    ['a folder of the app named as the client', '/app/src/fake-client/index.js', ['fake-client']],
    ["a name the client's dot would match as any character", '/app/node_modules/fakeXclient/index.js', ['fake.client']],
    ['a Vite pre-bundle of another name', '/app/node_modules/.vite/deps/fake-client-extra.js', ['fake-client']],
    ['another file of a folder named as the client in a package', '/app/node_modules/other/fake-client/index.js', ['fake-client']],
  ])("keeps the frame of %s first", (_what, url, packages) => {
    const lines = linesOf(url, packages);
    expect(lines[1]).toMatch(/^\s+at clientCall /);
  });

  it.each(['node:internal/fake.js', 'bun:fake', 'ext:core/fake.js'])("leaves out the runtime's frames (%s), named or anonymous", (url) => {
    expect(startsInUser(linesOf(url, []))).toBe(true);
    expect(startsInUser(linesOf(url, [], true))).toBe(true);
  });

  it('leaves out a frame of code without a file (<anonymous>)', () => {
    function hook() {
      return captureTrace(hook);
    }
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- a function without a source URL: V8's <anonymous>
    const call = (new Function('hook', 'return function clientCall() { return hook(); };') as (hook: () => unknown) => () => unknown)(hook);
    function userCall() {
      return call() as { stack?: string };
    }
    expect(startsInUser((userCall().stack ?? '').split('\n'))).toBe(true);
  });

  it("keeps a user's file whose name holds a runtime's word", () => {
    const lines = linesOf('/app/src/node-bun-ext.js', []);
    expect(lines[1]).toMatch(/^\s+at clientCall .*node-bun-ext\.js/);
  });
});

describe('clientError with stack: false', () => {
  it("does not take the trace's stack", async () => {
    const error = await clientError(acme, new Response(null, { status: 502 }), { stack: false, trace: { stack: 'Error\n    at elsewhere (x.js:1:1)' } });
    expect(error.stack ?? '').not.toContain('elsewhere');
  });
  it("takes the trace's stack otherwise, and leaves cause as fromError has it unless given", async () => {
    const error = await clientError(acme, new Response(null, { status: 502 }), { trace: { stack: 'Error\n    at elsewhere (x.js:1:1)' } });
    expect(error.stack).toContain('at elsewhere (x.js:1:1)');
    const failure = new TypeError('fetch failed');
    expect((await clientError(acme, failure)).cause).toBe(failure);
    const given = await clientError(acme, new Response(null, { status: 502 }), { cause: undefined });
    expect(Object.hasOwn(given, 'cause')).toBe(true);
    expect(given.cause).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(given, 'cause')).toMatchObject({ writable: true, configurable: true, enumerable: false });
  });
});

describe('isFailure', () => {
  it('is a 4xx or a 5xx, from 400 on', () => {
    expect([0, 200, 304, 399, 400, 404, 500, 599].map(isFailure)).toEqual([false, false, false, false, true, true, true, true]);
  });
});
