/**
 * A small Markdown reader for the packages' READMEs, shown on the page: the blocks and inline marks
 * those READMEs use (headings, paragraphs, fenced code, lists, tables, quotes; code, bold, links).
 * Plain data, rendered by the page as elements (never as HTML text).
 */

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'strong'; readonly children: readonly Inline[] }
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: 'heading'; readonly level: number; readonly id: string; readonly inline: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly inline: readonly Inline[] }
  | { readonly kind: 'quote'; readonly inline: readonly Inline[] }
  | { readonly kind: 'code'; readonly lang: string; readonly text: string }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'table'; readonly head: readonly (readonly Inline[])[]; readonly rows: readonly (readonly (readonly Inline[])[])[] };

const MARK = /`([^`]+)`|\*\*(.+?)\*\*|\[((?:[^\]`]|`[^`]*`)+)\]\(([^)\s]+)\)/g;

/** The inline marks of a text: code spans, bold, links (link texts may hold code). */
export function inline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', children: inline(m[2]) });
    else out.push({ kind: 'link', href: m[4]!, children: inline(m[3]!) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** The text of inline marks, without the marks. */
export function plain(marks: readonly Inline[]): string {
  return marks.map((m) => (m.kind === 'text' || m.kind === 'code' ? m.text : plain(m.children))).join('');
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as dashes. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => inline(c.trim().replace(/\\\|/g, '|')));

const ITEM = /^\s*([-*]|\d+\.)\s+/;

/** The blocks of a Markdown text. HTML comments are dropped. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/);
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = /^\s*```(\w*)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```\s*$/.test(lines[i]!)) body.push(lines[i++]!);
      i++;
      blocks.push({ kind: 'code', lang: fence[1] ?? '', text: body.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const marks = inline(heading[2]!.trim());
      const base = slug(plain(marks));
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      blocks.push({ kind: 'heading', level: heading[1]!.length, id: n === 0 ? base : `${base}-${n}`, inline: marks });
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && /^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(cells(lines[i++]!));
      blocks.push({ kind: 'table', head, rows });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1]!);
      const items: string[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        const next = ITEM.exec(l);
        if (next) items.push(l.slice(next[0].length).trim());
        else if (l.trim() !== '' && /^\s/.test(l) && items.length > 0) items.push(`${items.pop()!} ${l.trim()}`);
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items: items.map(inline) });
      continue;
    }
    if (line.trim() === '') {
      i++;
      continue;
    }
    const quote = line.startsWith('>');
    const text: string[] = [];
    while (i < lines.length) {
      const l = lines[i]!;
      if (l.trim() === '' || /^\s*```/.test(l) || /^#{1,6}\s/.test(l) || (text.length > 0 && ITEM.test(l)) || (!quote && l.trim().startsWith('|'))) break;
      text.push(quote ? l.replace(/^>\s?/, '') : l.trim());
      i++;
    }
    blocks.push({ kind: quote ? 'quote' : 'paragraph', inline: inline(text.join(' ')) });
  }
  return blocks;
}
