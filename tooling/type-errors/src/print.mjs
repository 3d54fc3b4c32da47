#!/usr/bin/env node
// Prints what tsc says of each fixture: `node src/print.mjs [nodenext|bundler] [fixture]`.
import { compile } from './compile.mjs';

const [resolution = 'nodenext', only] = process.argv.slice(2);
for (const [file, diagnostics] of compile(resolution)) {
  if (only && !file.startsWith(only)) continue;
  console.log(`== ${file} (${resolution})`);
  for (const d of diagnostics) console.log(`  ${d.line}: TS${d.code} ${d.text.replace(/\n/g, '\n      ')}`);
}
