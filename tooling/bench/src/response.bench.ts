/**
 * catalog.fromResponse on a web Response versus `await response.json()` alone. Both measured
 * functions build their Response, so the difference is what errs adds to reading the body.
 */
import { catalog as ayanova } from '@errs/ayanova';
import { catalog as connect } from '@errs/connect';
import { catalog as easydb } from '@errs/easydb';
import { catalog as omnia } from '@errs/omnia';
import { catalog as platform } from '@errs/platform';
import { bench, describe } from 'vitest';
import { bodies, type Vendor } from './bodies.js';
import { options } from './options.js';

const catalogs: Record<Vendor, { fromResponse(response: Response): Promise<unknown> }> = { omnia, ayanova, easydb, connect, platform };

export let sink: unknown;

for (const vendor of Object.keys(bodies) as Vendor[]) {
  const catalog = catalogs[vendor];
  for (const { kind, status, text } of bodies[vendor]) {
    if (kind !== 'simple' && kind !== 'foreign') continue;
    const init = { status, headers: { 'content-type': 'application/json', 'x-request-id': 'req-7f3a9c' } };
    describe(`response ${vendor} ${kind}`, () => {
      bench('response.json()', async () => {
        sink = await new Response(text, init).json();
      }, options);
      bench('catalog.fromResponse', async () => {
        sink = await catalog.fromResponse(new Response(text, init));
      }, options);
    });
  }
}
