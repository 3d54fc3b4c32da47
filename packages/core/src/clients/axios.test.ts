// The frames errsInterceptor leaves out, with stand-in clients: the real axios is in tooling/clients.
import { describe, expect, it } from 'vitest';
import { acme } from '../testing/acme.js';
import { errsInterceptor } from './axios.js';

const firstFrame = (error: Error) => (error.stack ?? '').split('\n').find((line) => /^\s+at /.test(line)) ?? '';

describe('axios errsInterceptor', () => {
  it.each(['axios', 'axios-retry'])("starts the stack past %s's frames, at the user's call", async (name) => {
    const onRejected = errsInterceptor(acme);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the only way to give a frame a file name of node_modules
    const client = new Function('hook', `return function clientCall(e) { return hook(e); }\n//# sourceURL=/app/node_modules/${name}/dist/index.js`) as (
      hook: (e: unknown) => Promise<never>,
    ) => (e: unknown) => Promise<never>;
    const call = client(onRejected);
    const thrown = Object.assign(new Error('Request failed with status code 404'), {
      response: { status: 404, data: { error: { type: 'not_found', message: 'No order.', params: { resource: 'order', id: '1' } } } },
    });
    async function userCall() {
      return call(thrown);
    }
    const error = (await userCall().catch((e: unknown) => e)) as Error;
    expect(acme.is(error, 'not_found')).toBe(true);
    expect(error.cause).toBe(thrown);
    expect(firstFrame(error)).toMatch(/at userCall .*axios\.test\.ts/);
  });
});
