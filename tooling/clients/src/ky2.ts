// ky 2 declares `engines: { node: '>=22' }`: its tests run on Node 22 and later, and are skipped on an
// older Node with the reason printed (ERRS_TEST_KY2=1 runs them anyway, outside ky 2's support).
import { readFileSync } from 'node:fs';

// ky's exports leave out its package.json: read it from this package's node_modules.
const { engines } = JSON.parse(readFileSync(new URL('../node_modules/ky/package.json', import.meta.url), 'utf8')) as { engines?: { node?: string } };
const needs = Number(/>=\s*(\d+)/.exec(engines?.node ?? '')?.[1] ?? 0);
const major = Number(process.versions.node.split('.')[0]);

/** Whether ky 2's tests run here. */
export const ky2Runs = major >= needs || process.env.ERRS_TEST_KY2 === '1';

/** Why they do not, printed once. */
export const ky2Skip = ky2Runs ? undefined : `ky 2 needs Node ${engines?.node ?? '>=22'} (its engines), this is Node ${process.versions.node}: its tests are skipped (ERRS_TEST_KY2=1 runs them anyway)`;
if (ky2Skip) console.warn(ky2Skip);
