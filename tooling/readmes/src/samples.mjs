// The TypeScript samples of the READMEs, type-checked as modules of this workspace, so that a sample
// that no longer compiles against the packages fails CI instead of misleading a reader.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** This workspace: its node_modules is where the samples' imports resolve. */
export const workspace = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository. */
export const root = resolve(workspace, '../..');

// Any indentation: a fence inside a nested list item is indented by its item (a block missed here
// would go unchecked without a word).
const FENCE = /^(\s*)(`{3,})(tsx?|typescript)\s*$/;
// A comment on the line right before a fence: `<!-- fragment: why -->` leaves the block out (for a
// piece of a larger sample that cannot stand alone); `<!-- file: acme.ts -->` names the module, so the
// README's other samples can import it (`import { acme } from './acme'`).
const MARKER = /^\s*<!--\s*(fragment|file)\s*(?::\s*(.*?))?\s*-->\s*$/;

/**
 * The ```ts (or ```typescript) and ```tsx blocks of a markdown text, each with the 1-based line of
 * its opening fence, and the marker on the line before it, if any.
 * @returns {{ line: number, lang: 'ts' | 'tsx', code: string, fragment?: string, file?: string }[]}
 */
export function samplesOf(markdown) {
  const lines = markdown.split(/\r?\n/);
  const samples = [];
  let open; // the fence being read: { line, lang, indent, ticks, body, marker }
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    if (open) {
      if (new RegExp(`^\\s*\`{${open.ticks},}\\s*$`).test(text)) {
        const sample = { line: open.line, lang: open.lang, code: open.body.join('\n') };
        if (open.marker?.[1] === 'fragment') sample.fragment = open.marker[2] || 'fragment';
        if (open.marker?.[1] === 'file') sample.file = open.marker[2];
        samples.push(sample);
        open = undefined;
      } else {
        open.body.push(text.startsWith(open.indent) ? text.slice(open.indent.length) : text.trimStart());
      }
      continue;
    }
    const fence = FENCE.exec(text);
    if (fence) {
      const marker = i > 0 ? MARKER.exec(lines[i - 1]) : null;
      open = { line: i + 1, lang: fence[3] === 'typescript' ? 'ts' : fence[3], indent: fence[1], ticks: fence[2].length, body: [], marker };
    }
  }
  if (open) throw new Error(`the \`\`\`${open.lang} block at line ${open.line} is never closed`);
  return samples;
}

/** The compiler options of the repository's own code (tsconfig.base.json), for checking only. */
function compilerOptions() {
  const path = join(root, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options, errors } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
  return {
    ...options,
    noEmit: true,
    typeRoots: [join(workspace, 'node_modules', '@types')], // whatever the working directory
    declaration: false,
    sourceMap: false,
    jsx: ts.JsxEmit.Preserve, // a ```tsx sample needs its JSX runtime among this workspace's devDependencies
    // Samples show calls, not a finished program: a value left unread is a reader's next step.
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowUnreachableCode: true,
  };
}

/**
 * Type-checks the samples of the given markdown files (paths relative to the repository), each file's
 * samples as modules of one directory of its own under this workspace.
 * @returns {{ checked: number, skipped: { readme: string, line: number, why: string }[], failures: string[] }}
 */
export function checkReadmes(readmes, { base = root } = {}) {
  mkdirSync(join(workspace, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(workspace, '.tmp', 'samples-'));
  try {
    const where = new Map(); // written file -> { readme, line }
    const skipped = [];
    readmes.forEach((readme, index) => {
      const folder = join(dir, String(index));
      for (const sample of samplesOf(readFileSync(resolve(base, readme), 'utf8'))) {
        if (sample.fragment !== undefined) {
          skipped.push({ readme, line: sample.line, why: sample.fragment });
          continue;
        }
        const file = join(folder, sample.file ?? `line-${sample.line}.${sample.lang}`);
        if (where.has(file)) throw new Error(`${readme}:${sample.line}: a second sample named ${sample.file}`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${sample.code}\n`);
        where.set(file, { readme, line: sample.line });
      }
    });
    const program = ts.createProgram([...where.keys()], compilerOptions());
    const failures = ts
      .getPreEmitDiagnostics(program)
      .map((d) => describe(d, where, dir))
      .sort((a, b) => a.readme.localeCompare(b.readme) || a.line - b.line)
      .map(({ text }) => text);
    return { checked: where.size, skipped, failures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `README.md:41 (the block at line 38): TS2304 Cannot find name 'x'.`, with where it is, for sorting. */
function describe(diagnostic, where, dir) {
  const message = `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  const file = diagnostic.file?.fileName;
  const sample = file === undefined ? undefined : where.get(resolve(file));
  if (!sample) return { readme: '', line: 0, text: file === undefined ? message : `${relative(dir, file)}: ${message}` };
  const line = sample.line + 1 + diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
  return { readme: sample.readme, line, text: `${sample.readme}:${line} (the block at line ${sample.line}): ${message}` };
}

/** The READMEs whose samples are checked: the root's, each package's and the playground's. */
export function readmes() {
  const found = ['README.md', 'apps/playground/README.md'];
  for (const name of ts.sys.getDirectories(join(root, 'packages')).sort()) {
    const readme = join('packages', name, 'README.md');
    if (ts.sys.fileExists(join(root, readme))) found.push(readme);
  }
  return found;
}

// A comment that says what tsc prints for the next line, then the directive that expects it:
//   // error TS2345: Argument of type ... (continued on `//   ` lines)
//   // @ts-expect-error why
//   catalog.create('typo');
const CLAIM = /^\s*\/\/ error TS(\d+): (.*)$/;
const MORE = /^\s*\/\/ {2,}(\S.*)$/;
const DIRECTIVE = /^\s*\/\/ @ts-expect-error\b/;
const words = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * The claims of a sample: for each `// error TSn: ...` comment right before a `@ts-expect-error`,
 * the 0-based line that errs, the code and the words; and the sample with those directives blanked,
 * so that the error shows.
 * @returns {{ code: string, claims: { line: number, code: number, text: string }[] }}
 */
export function claimsOf(code) {
  const lines = code.split('\n');
  const claims = [];
  for (let i = 0; i < lines.length; i++) {
    const head = CLAIM.exec(lines[i]);
    if (!head) continue;
    let text = head[2];
    let j = i + 1;
    for (; j < lines.length && MORE.test(lines[j]); j++) text += ` ${MORE.exec(lines[j])[1]}`;
    if (!DIRECTIVE.test(lines[j] ?? '')) continue;
    lines[j] = lines[j].replace(DIRECTIVE, '//');
    claims.push({ line: j + 1, code: Number(head[1]), text: words(text) });
  }
  return { code: lines.join('\n'), claims };
}

/**
 * Checks that each claim of the READMEs' samples (see {@link claimsOf}) is what tsc prints: the
 * first line of a diagnostic of that code on that line. So a README shows a message as a user sees it.
 * @returns {{ checked: number, failures: string[] }}
 */
export function checkClaims(readmes, { base = root } = {}) {
  mkdirSync(join(workspace, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(workspace, '.tmp', 'claims-'));
  try {
    const claims = []; // { file, readme, sampleLine, line, code, text }
    const files = [];
    readmes.forEach((readme, index) => {
      const folder = join(dir, String(index));
      for (const sample of samplesOf(readFileSync(resolve(base, readme), 'utf8'))) {
        if (sample.fragment !== undefined) continue;
        const file = join(folder, sample.file ?? `line-${sample.line}.${sample.lang}`);
        const { code, claims: found } = claimsOf(sample.code);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${code}\n`);
        files.push(file);
        for (const claim of found) claims.push({ file, readme, at: sample.line + 1 + claim.line, ...claim });
      }
    });
    if (claims.length === 0) return { checked: 0, failures: [] };
    const program = ts.createProgram(files, compilerOptions());
    const said = ts.getPreEmitDiagnostics(program).map((d) => ({
      file: d.file ? resolve(d.file.fileName) : '',
      line: d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line : -1,
      code: d.code,
      first: words(ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]),
    }));
    const failures = [];
    for (const claim of claims) {
      const there = said.filter((d) => d.file === claim.file && d.line === claim.line);
      if (there.some((d) => d.code === claim.code && d.first === claim.text)) continue;
      const actual = there.map((d) => `TS${d.code}: ${d.first}`).join(' | ') || 'no error';
      failures.push(`${claim.readme}:${claim.at}: the README says TS${claim.code}: ${claim.text}\n  tsc says ${actual}`);
    }
    return { checked: claims.length, failures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
