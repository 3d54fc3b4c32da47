// bodies.ts is TypeScript and these scripts are plain Node: it is read through esbuild.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The module src/bodies.ts, compiled in memory. */
export async function loadBodies() {
  const entry = fileURLToPath(new URL('./bodies.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], write: false, format: 'esm', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
