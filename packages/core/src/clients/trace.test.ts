import { describe, expect, it } from 'vitest';
import { traceFor } from './shared.js';

const frames = (stack: string | undefined) => (stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));

// The trace every client's hook takes for the error it makes: the stack at the hook's caller.
describe('traceFor', () => {
  function hook(options: { stack?: boolean }) {
    return traceFor(options, hook);
  }
  function userCall(options: { stack?: boolean }) {
    return hook(options);
  }

  it('takes the stack at the caller of the hook, by default and with stack: true', () => {
    for (const options of [{}, { stack: true }]) {
      const trace = userCall(options);
      expect(frames(trace?.stack)[0], JSON.stringify(options)).toMatch(/at userCall .*trace\.test\.ts/);
    }
  });

  it('takes none with stack: false', () => {
    expect(userCall({ stack: false })).toBeUndefined();
  });
});
