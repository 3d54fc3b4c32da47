// The suite's entry in workerd: a Worker whose fetch runs it, the config in the CONFIG binding, and
// answers its lines as text.
import run from './suite.mjs';

export default {
  /** @param {Request} _request @param {{ CONFIG: string }} env */
  async fetch(_request, env) {
    /** @type {string[]} */
    const lines = [];
    await run(JSON.parse(env.CONFIG), (line) => lines.push(line));
    return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  },
};
