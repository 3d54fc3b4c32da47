import type { Panel } from '../lib/url-state';
import type { VendorEntry } from '../vendors';
import { CopyButton } from './CopyButton';

const TITLES: Readonly<Record<Panel, string>> = {
  catalog: 'the catalog',
  decoder: 'the decoded response',
  encoder: 'the encoded error',
  live: 'the live client',
};

/** The TypeScript for what the page shows, live (the install line and the READMEs are above it, in the page's lead). */
export function CodePanel({ vendor, panel, code }: { vendor: VendorEntry; panel: Panel; code: string }) {
  return (
    <aside class="code-side" aria-labelledby="code-h" id="code">
      <section>
        <h2 id="code-h">Code</h2>
        <div class="code-head">
          <span class="muted small">
            For {TITLES[panel]}, with <code>{vendor.pkg}</code>:
          </span>
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
