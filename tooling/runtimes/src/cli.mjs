// The suite's entry for runtimes with a command line (Node, Bun, Deno): the config is the first argument.
import run from './suite.mjs';

const deno = /** @type {{ Deno?: { args: string[], exit(code: number): never } }} */ (globalThis).Deno;
const config = JSON.parse((deno ? deno.args[0] : process.argv[2]) ?? 'missing: the config is the first argument');
await run(config, (line) => console.log(line));
// A fetch left hanging by a runtime must not keep it alive: the suite is over.
if (deno) deno.exit(0);
else process.exit(0);
