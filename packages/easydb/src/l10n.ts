// easydb's l10n CSV (`key,de-DE,en-US,...`, one row per localization key; the key of a user error
// is its code) read into message tables for `catalog.format`. Syntax of the texts:
// current/easydb-endpoints.md, "Placeholder syntax in localized texts".
import type { MessageTable } from '@errs/core';

/** A malformed l10n CSV: what is wrong, and the line (1-based) where it is. */
export class L10nCsvError extends Error {
  /** The line of the text where the problem is (1-based; a quoted field may span lines). */
  readonly line: number;

  constructor(line: number, problem: string) {
    super(`l10n CSV, line ${line}: ${problem}`);
    this.name = 'L10nCsvError';
    this.line = line;
  }
}

interface Row {
  readonly line: number;
  readonly fields: readonly string[];
}

/** RFC 4180 records (CRLF, LF or CR between them), each with the line it starts on. */
function records(text: string): Row[] {
  const rows: Row[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Whether the current field was quoted (then only a comma or line break may follow its closing quote).
  let quoted = false;
  const endRecord = () => {
    fields.push(field);
    rows.push({ line: start, fields });
    fields = [];
    field = '';
    quoted = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      if (field !== '' || quoted) throw new L10nCsvError(line, 'a quote inside an unquoted field (quote the whole field, and double the quote)');
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new L10nCsvError(opened, 'a quoted field is never closed');
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
        field += q;
        i++;
      }
      quoted = true;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new L10nCsvError(line, `${JSON.stringify(next)} after the closing quote of a field (only a comma or a line break may follow it)`);
      }
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      quoted = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
      continue;
    }
    if (quoted) throw new L10nCsvError(line, 'text after the closing quote of a field');
    field += c;
    i++;
  }
  // The last record, unless the text ends with its line break.
  if (field !== '' || quoted || fields.length > 0) endRecord();
  return rows;
}

type Part = { readonly text: string } | { readonly param: string } | { readonly ref: string };

/** A name core's `{name}` templates can hold (packages/core/src/template.ts). */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What core's templates take as a placeholder: literal text must not contain one. */
const CORE_PLACEHOLDER = /\{[A-Za-z_][A-Za-z0-9_]*\}/;
/** `%(name)s`, `%(prepend|name|append)s`: the output types of the l10n and e-mail pages (sticky: read at an index). */
const PLACEHOLDER = /%\(([^()]*)\)(ui|[sDdtcpgmri])/y;
/** `$(key)`: the text of another localization key (sticky). */
const REFERENCE = /\$\(([^()]+)\)/y;
/** How deep `$(key)` references may nest, and how many parts one text may expand to (a table is data, not a zip bomb). */
const MAX_DEPTH = 32;
const MAX_PARTS = 10_000;

/** The match of a sticky pattern at `index`, or null. */
function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** A cell's text as parts: literal text, `%(name)s` placeholders, `$(key)` references. */
function partsOf(cell: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let i = 0;
  while (i < cell.length) {
    const c = cell[i]!;
    if (c === '%' && cell[i + 1] === '%') {
      text += '%';
      i += 2;
      continue;
    }
    const placeholder = c === '%' ? at(PLACEHOLDER, cell, i) : null;
    if (placeholder) {
      const inner = placeholder[1]!;
      const affixed = /^([^|]*)\|([^|]+)\|([^|]*)$/.exec(inner);
      const [prepend, name, append] = affixed ? [affixed[1]!, affixed[2]!, affixed[3]!] : ['', inner, ''];
      if (IDENTIFIER.test(name)) {
        if (text !== '' || prepend !== '') parts.push({ text: text + prepend });
        parts.push({ param: name });
        text = append;
      } else {
        // A name a core template cannot hold (`server.email.subject`): kept as written.
        text += placeholder[0];
      }
      i += placeholder[0].length;
      continue;
    }
    const reference = c === '$' ? at(REFERENCE, cell, i) : null;
    if (reference) {
      if (text !== '') parts.push({ text });
      parts.push({ ref: reference[1]! });
      text = '';
      i += reference[0].length;
      continue;
    }
    text += c;
    i++;
  }
  if (text !== '') parts.push({ text });
  return parts;
}

/**
 * Reads easydb's l10n CSV (RFC 4180: `key,de-DE,en-US,...`, fields quoted where they hold commas,
 * quotes or line breaks) into one message table per locale, for `catalog.format(error, tables['de-DE'])`.
 *
 * Texts are turned into core templates: `%(name)s` (any output type of the easydb docs: `s`, `D`, `d`,
 * `t`, `c`, `p`, `g`, `m`, `r`, `i`, `ui`) becomes `{name}`, filled from the error's parameters as
 * given (errs cannot localize dates, pools or objecttypes); `%(prepend|name|append)s` puts its fixed
 * texts around the value; `$(key)` is the text of another key of the same locale; `%%` is a `%`. An
 * empty cell leaves the key out of that locale's table, so `format` falls back to the documented
 * message.
 *
 * @throws {L10nCsvError} for a malformed CSV (naming the line): unclosed quotes, a row whose number
 * of fields is not the header's, a missing or repeated key or locale, a `$(key)` cycle, references
 * nested deeper than 32 or expanding a text beyond 10 000 parts, and a text with a literal `{name}`
 * (core templates have no escape for it). Nothing is returned half-read.
 */
export function readL10nCsv(text: string): Readonly<Record<string, MessageTable>> {
  const rows = records(text).filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  const header = rows[0];
  if (!header) throw new L10nCsvError(1, 'no header row (key,<locale>,...)');
  if (header.fields[0]?.trim() !== 'key') throw new L10nCsvError(header.line, `the first column is ${JSON.stringify(header.fields[0])}, not "key"`);
  const locales = header.fields.slice(1);
  if (locales.length === 0) throw new L10nCsvError(header.line, 'no locale column after "key"');
  locales.forEach((locale, i) => {
    if (locale.trim() === '') throw new L10nCsvError(header.line, `column ${i + 2} has no locale name`);
    if (locales.indexOf(locale) !== i) throw new L10nCsvError(header.line, `locale ${JSON.stringify(locale)} appears twice`);
  });

  // key -> its line and its cells (parts) per locale; checked whole before anything is returned.
  const entries = new Map<string, { readonly line: number; readonly cells: readonly (Part[] | undefined)[] }>();
  for (const row of rows.slice(1)) {
    if (row.fields.length !== header.fields.length) {
      throw new L10nCsvError(row.line, `${row.fields.length} fields where the header has ${header.fields.length}`);
    }
    const key = row.fields[0]!;
    if (key === '') throw new L10nCsvError(row.line, 'a row without key');
    const seen = entries.get(key);
    if (seen) throw new L10nCsvError(row.line, `key ${JSON.stringify(key)} is already on line ${seen.line}`);
    entries.set(key, { line: row.line, cells: row.fields.slice(1).map((cell) => (cell === '' ? undefined : partsOf(cell))) });
  }

  const tables: Record<string, MessageTable> = Object.create(null) as Record<string, MessageTable>;
  locales.forEach((locale, column) => {
    const table = Object.create(null) as Record<string, string>;
    const expanded = new Map<string, readonly Part[]>();
    /** A key's parts with every `$(key)` of this locale replaced by that key's text. */
    const expand = (key: string, trail: readonly string[]): readonly Part[] | undefined => {
      const done = expanded.get(key);
      if (done) return done;
      const entry = entries.get(key);
      const parts = entry?.cells[column];
      if (!entry || !parts) return undefined;
      if (trail.includes(key)) throw new L10nCsvError(entry.line, `$(${key}) refers to itself (${[...trail, key].join(' -> ')}) in ${locale}`);
      if (trail.length >= MAX_DEPTH) throw new L10nCsvError(entry.line, `$(key) references nest deeper than ${MAX_DEPTH} in ${locale}`);
      const out: Part[] = [];
      for (const part of parts) {
        const more = 'ref' in part ? (expand(part.ref, [...trail, key]) ?? [{ text: `$(${part.ref})` }]) : [part];
        if (out.length + more.length > MAX_PARTS) throw new L10nCsvError(entry.line, `the ${locale} text of ${key} expands to more than ${MAX_PARTS} parts`);
        for (const p of more) out.push(p);
      }
      expanded.set(key, out);
      return out;
    };
    for (const [key, entry] of entries) {
      const parts = expand(key, []);
      if (parts) table[key] = templateOf(parts, entry.line, key, locale);
    }
    tables[locale] = Object.freeze(table);
  });
  return Object.freeze(tables);
}

/** The core template of a text's parts; literal text that core would read as a placeholder is refused. */
function templateOf(parts: readonly Part[], line: number, key: string, locale: string): string {
  let template = '';
  let text = '';
  const flush = () => {
    if (CORE_PLACEHOLDER.test(text)) {
      const found = CORE_PLACEHOLDER.exec(text)![0];
      throw new L10nCsvError(line, `the ${locale} text of ${key} has a literal ${found}, which a message template would fill as a placeholder`);
    }
    template += text;
    text = '';
  };
  for (const part of parts) {
    if ('param' in part) {
      flush();
      template += `{${part.param}}`;
    } else if ('text' in part) {
      text += part.text;
    }
  }
  flush();
  return template;
}
