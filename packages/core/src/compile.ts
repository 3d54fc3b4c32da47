import * as z4 from 'zod/v4/core';

// Small functions compiled from catalog data (schema keys), never from input.
// Why: a property read by a key held in a variable misses V8's inline caches, and on the fresh
// objects of every JSON.parse it costs more than the rest of a check; a compiled `v["code"]` hits
// them. zod compiles its object parser the same way, and errs follows zod's own switch for it.

let allowed: boolean | undefined;

/**
 * A function made from source text, or undefined where compiling code is off: under zod's
 * `z.config({ jitless: true })` (what CSP users set), or in a realm that forbids it (a
 * Content-Security-Policy without 'unsafe-eval', Cloudflare Workers). Callers then keep a closure
 * that gives the same answers, somewhat slower. Every name and string spliced into `body` must be
 * quoted with JSON.stringify.
 */
export function compile(names: readonly string[], body: string, values: readonly unknown[]): unknown {
  if (allowed === false || z4.globalConfig.jitless === true) return undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point of this module; see above
    const make = new Function(...names, body) as (...args: readonly unknown[]) => unknown;
    allowed = true;
    return make(...values);
  } catch (error) {
    // Realms that forbid it throw an EvalError; anything else is a bug in the generated source.
    if (!(error instanceof EvalError)) throw error;
    allowed = false;
    return undefined;
  }
}
