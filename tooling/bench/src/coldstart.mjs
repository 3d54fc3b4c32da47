#!/usr/bin/env node
// Cold start: `node -e "import('@errs/<pkg>')"` over bare `node -e ""`, median of RUNS runs each
// (interleaved, so that drift of the machine hits all alike). Also zod/mini alone, to show what of
// the cost is zod's. Wall clock: reported, never asserted.  Usage: node src/coldstart.mjs [runs]
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 15);
const cases = [
  ['node -e ""', ''],
  ['zod/mini', "import('zod/mini')"],
  ['@errs/core', "import('@errs/core')"],
  ...['omnia', 'ayanova', 'easydb', 'connect', 'platform'].map((v) => [`@errs/${v}`, `import('@errs/${v}')`]),
];

const once = (code) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node -e "${code}" failed: ${r.stderr}`);
  return ms;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

for (const [, code] of cases) once(code); // warm the file system cache
const times = new Map(cases.map(([name]) => [name, []]));
for (let i = 0; i < RUNS; i++) for (const [name, code] of cases) times.get(name).push(once(code));

const bare = median(times.get('node -e ""'));
const lines = [
  `### Cold start (median of ${RUNS} runs, ${process.version})`,
  '',
  '| import | median | over bare node |',
  '|---|--:|--:|',
  ...cases.map(([name]) => {
    const m = median(times.get(name));
    return `| ${name === 'node -e ""' ? 'bare `node -e ""`' : `\`import('${name}')\``} | ${m.toFixed(1)} ms | ${name === 'node -e ""' ? '-' : `+${(m - bare).toFixed(1)} ms`} |`;
  }),
  '',
];
console.log(lines.join('\n'));
mkdirSync(join(root, 'results'), { recursive: true });
writeFileSync(join(root, 'results/coldstart.md'), lines.join('\n'));
