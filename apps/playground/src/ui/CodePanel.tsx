import { installLine } from '../lib/snippets';
import type { Panel } from '../lib/url-state';
import type { VendorEntry } from '../vendors';
import { CopyButton } from './CopyButton';

const TITLES: Readonly<Record<Panel, string>> = {
  catalog: 'the catalog',
  decoder: 'the decoded response',
  encoder: 'the encoded error',
  live: 'the live client',
};

function readme(pkg: string): string {
  return `https://www.npmjs.com/package/${pkg}#readme`;
}

/** The TypeScript for what the page shows, live, with its install line and the READMEs. */
export function CodePanel({ vendor, panel, code }: { vendor: VendorEntry; panel: Panel; code: string }) {
  return (
    <aside class="code-side" aria-labelledby="code-h" id="code">
      <section>
        <h2 id="code-h">Code</h2>
        <div class="code-intro" data-testid="code-intro">
          <pre class="install">
            <code>{installLine(vendor)}</code>
          </pre>
          <p class="muted small">
            Read the{' '}
            {vendor.custom ? null : (
              <>
                <a href={readme(vendor.pkg)}>{vendor.pkg} README</a> and the{' '}
              </>
            )}
            <a href={readme('@errs/core')}>@errs/core README</a>.
          </p>
        </div>
        <div class="code-head">
          <span class="muted small">For {TITLES[panel]}:</span>
          <span class="code-actions">
            <CopyButton text={() => code} label="Copy code" testId="code-copy" />
            <CopyButton text={() => location.href} label="Copy link" testId="copy-link" />
          </span>
        </div>
        <pre class="json code" tabIndex={0} aria-label={`TypeScript for ${TITLES[panel]}`} data-testid="code-panel">
          {code}
        </pre>
      </section>
    </aside>
  );
}
