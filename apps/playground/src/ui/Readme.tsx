import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Block, Inline } from '../lib/markdown';
import { parseMarkdown } from '../lib/markdown';
import { installNote } from '../lib/snippets';
import { readmePath, readmes } from '../readmes';

/** Where a README link leads: another README (opened here), a heading of this one, the web, or a file of the repository. */
type Target = { kind: 'readme'; pkg: string; anchor: string } | { kind: 'web'; href: string } | { kind: 'repo'; path: string };

function target(href: string, pkg: string): Target {
  if (/^https?:/.test(href)) return { kind: 'web', href };
  const url = new URL(href, `https://repo.invalid/${readmePath(pkg)}`);
  // A package's folder shows its README too, as on GitHub.
  const readme = /^\/packages\/([\w-]+)(?:\/README\.md|\/)?$/.exec(url.pathname);
  const other = readme ? `@errs/${readme[1]!}` : undefined;
  if (other !== undefined && readmes[other] !== undefined) return { kind: 'readme', pkg: other, anchor: url.hash.slice(1) };
  return { kind: 'repo', path: url.pathname.slice(1) + url.hash };
}

function Marks({ marks, pkg, onOpen }: { marks: readonly Inline[]; pkg: string; onOpen: (pkg: string, anchor: string) => void }) {
  return (
    <>
      {marks.map((m, i) => {
        switch (m.kind) {
          case 'text':
            return m.text;
          case 'code':
            return <code key={i}>{m.text}</code>;
          case 'strong':
            return (
              <strong key={i}>
                <Marks marks={m.children} pkg={pkg} onOpen={onOpen} />
              </strong>
            );
          case 'link': {
            const t = target(m.href, pkg);
            const children = <Marks marks={m.children} pkg={pkg} onOpen={onOpen} />;
            if (t.kind === 'web') {
              return (
                <a key={i} href={t.href} target="_blank" rel="noreferrer">
                  {children}
                </a>
              );
            }
            if (t.kind === 'readme') {
              return (
                <a
                  key={i}
                  href={`#readme-${t.pkg}-${t.anchor}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(t.pkg, t.anchor);
                  }}
                >
                  {children}
                </a>
              );
            }
            return (
              <span key={i} title={`In the repository: ${t.path}`}>
                {children} <span class="muted small">({t.path})</span>
              </span>
            );
          }
        }
      })}
    </>
  );
}

function BlockView({ block, pkg, onOpen }: { block: Block; pkg: string; onOpen: (pkg: string, anchor: string) => void }): ComponentChildren {
  const marks = (m: readonly Inline[]) => <Marks marks={m} pkg={pkg} onOpen={onOpen} />;
  switch (block.kind) {
    case 'heading': {
      const H = `h${Math.min(block.level, 4)}` as 'h1' | 'h2' | 'h3' | 'h4';
      return <H id={`readme-${pkg}-${block.id}`}>{marks(block.inline)}</H>;
    }
    case 'paragraph':
      return <p>{marks(block.inline)}</p>;
    case 'quote':
      return <blockquote>{marks(block.inline)}</blockquote>;
    case 'code':
      return (
        <pre class="readme-code" tabIndex={0} aria-label={block.lang ? `${block.lang} code` : 'code'}>
          <code>{block.text}</code>
        </pre>
      );
    case 'list': {
      const L = block.ordered ? 'ol' : 'ul';
      return (
        <L>
          {block.items.map((item, i) => (
            <li key={i}>{marks(item)}</li>
          ))}
        </L>
      );
    }
    case 'table':
      return (
        <div class="scroll-x">
          <table>
            <thead>
              <tr>
                {block.head.map((c, i) => (
                  <th key={i} scope="col">
                    {marks(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((c, i) => (
                    <td key={i}>{marks(c)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/**
 * A package's README, read on the page in a modal dialog (Escape closes it). Links to another
 * package's README open it here; links to other files of the repository name their path.
 */
export function Readme({ pkg, anchor, onOpen, onClose }: { pkg: string; anchor: string; onOpen: (pkg: string, anchor: string) => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const blocks = useMemo(() => parseMarkdown(readmes[pkg] ?? ''), [pkg]);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    const to = anchor ? document.getElementById(`readme-${pkg}-${anchor}`) : undefined;
    if (to) to.scrollIntoView();
    else dialog.current?.querySelector('.readme-body')?.scrollTo(0, 0);
  }, [pkg, anchor]);
  return (
    <dialog ref={dialog} class="readme" data-testid="readme" aria-label={`${pkg} README`} onClose={onClose}>
      <div class="readme-head">
        <span class="muted small">
          README of <code>{pkg}</code> · <code>{readmePath(pkg)}</code> in the repository
        </span>
        <button type="button" onClick={() => dialog.current?.close()} autofocus>
          Close
        </button>
      </div>
      <div class="readme-body">
        <p class="readme-note small" data-testid="readme-note">
          {installNote} The page's install line shows how (<code>pnpm pack:local</code>); an <code>npm i</code> line below works once a release is out.
        </p>
        {blocks.map((b, i) => (
          <BlockView key={`${pkg}-${i}`} block={b} pkg={pkg} onOpen={onOpen} />
        ))}
      </div>
    </dialog>
  );
}
