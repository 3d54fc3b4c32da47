/**
 * The zod choice: the same small envelope schema + safeParse of the same body with zod classic,
 * zod/mini and zod/v4/core (sizes of the same three entries: src/size.mjs).
 */
import { bench, describe } from 'vitest';
import { bodies } from './bodies.js';
import { options } from './options.js';
import * as classic from './zod/classic.js';
import * as core from './zod/core.js';
import * as mini from './zod/mini.js';

export let sink: unknown;

for (const { kind, text } of bodies.connect) {
  if (kind !== 'simple' && kind !== 'nested') continue;
  describe(`zod connect ${kind}`, () => {
    bench('JSON.parse', () => {
      sink = JSON.parse(text);
    }, options);
    bench('zod classic', () => {
      sink = classic.parseEnvelope(text);
    }, options);
    bench('zod/mini', () => {
      sink = mini.parseEnvelope(text);
    }, options);
    bench('zod/v4/core', () => {
      sink = core.parseEnvelope(text);
    }, options);
  });
}
