// Where got's mapped error takes its stack from, with stand-in calls: the real got is in tooling/clients.
import { describe, expect, it } from 'vitest';
import { acme } from '../testing/acme.js';
import { errsHooks } from './got.js';

const firstFrame = (error: Error) => (error.stack ?? '').split('\n').find((line) => /^\s+at /.test(line)) ?? '';
const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', name: 'RequestError' });

describe('got errsHooks', () => {
  it("takes the stack at the call, where init ran, for an error of that call's options", async () => {
    const hooks = errsHooks(acme);
    const options = { url: 'https://acme.test/' };
    function callGot() {
      hooks.init[0]!({}, options);
    }
    callGot();
    async function laterInAnEvent() {
      return hooks.beforeError[0]!(Object.assign(refused(), { options }));
    }
    const error = await laterInAnEvent();
    expect(error).toMatchObject({ vendor: 'acme', code: 'UNAVAILABLE' });
    expect(firstFrame(error)).toMatch(/at callGot .*got\.test\.ts/);
  });

  it('takes the stack at the hook for an error of options init never saw, or of none', async () => {
    const hooks = errsHooks(acme);
    for (const options of [{ url: 'https://acme.test/' }, null, undefined, 'https://acme.test/']) {
      const thrown = Object.assign(refused(), { options });
      async function userCall() {
        return hooks.beforeError[0]!(thrown);
      }
      const error = await userCall();
      expect(firstFrame(error), JSON.stringify(options) ?? 'undefined').toMatch(/at userCall .*got\.test\.ts/);
      expect(error.cause).toBe(thrown);
    }
  });

  it('with stack: false, leaves the stack to fromError, whatever init saw', async () => {
    const hooks = errsHooks(acme, { stack: false });
    const options = {};
    function callGot() {
      hooks.init[0]!({}, options);
    }
    callGot();
    const error = await hooks.beforeError[0]!(Object.assign(refused(), { options }));
    expect(error.stack ?? '').not.toContain('callGot');
  });
});
