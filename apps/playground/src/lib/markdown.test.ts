import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inline, parseMarkdown, plain, slug } from './markdown';

describe('markdown', () => {
  it('reads the blocks of a README', () => {
    const blocks = parseMarkdown(
      [
        '# @errs/acme',
        '<!-- a comment -->',
        'One line',
        'and its next.',
        '',
        '## Install',
        '```sh',
        'npm i x',
        '```',
        '- a `code` item',
        '  continued',
        '- [a link](../core/README.md#why)',
        '',
        '| code | status |',
        '|---|---|',
        '| `A` | 400 |',
        '> a quote',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'code', 'list', 'table', 'quote']);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, id: 'errsacme', inline: [{ kind: 'text', text: '@errs/acme' }] });
    expect(blocks[1]).toEqual({ kind: 'paragraph', inline: [{ kind: 'text', text: 'One line and its next.' }] });
    expect(blocks[3]).toEqual({ kind: 'code', lang: 'sh', text: 'npm i x' });
    const list = blocks[4]!;
    expect(list.kind === 'list' && list.items.map(plain)).toEqual(['a code item continued', 'a link']);
    const table = blocks[5]!;
    expect(table.kind === 'table' && table.rows[0]!.map(plain)).toEqual(['A', '400']);
  });

  it('reads code, bold and links inline, and makes GitHub anchors', () => {
    expect(inline('see **the `x`** and [`y` docs](https://e.x/y)')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'the ' }, { kind: 'code', text: 'x' }] },
      { kind: 'text', text: ' and ' },
      { kind: 'link', href: 'https://e.x/y', children: [{ kind: 'code', text: 'y' }, { kind: 'text', text: ' docs' }] },
    ]);
    expect(slug('One core per app: a peer dependency of every vendor package')).toBe('one-core-per-app-a-peer-dependency-of-every-vendor-package');
  });

  it('leaves no fence, comment or table rule as text in the core README', () => {
    const text = readFileSync(new URL('../../../../packages/core/README.md', import.meta.url), 'utf8');
    const blocks = parseMarkdown(text);
    const prose = blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'quote' ? [plain(b.inline)] : []));
    expect(prose.filter((p) => p.includes('```') || p.includes('<!--') || p.startsWith('|'))).toEqual([]);
    expect(blocks.filter((b) => b.kind === 'heading' && b.id === 'one-core-per-app-a-peer-dependency-of-every-vendor-package')).toHaveLength(1);
  });
});
