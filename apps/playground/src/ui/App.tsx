import { useEffect, useState } from 'preact/hooks';
import { vendorById, vendors } from '../vendors';
import { CatalogTable } from './CatalogTable';
import { Decoder } from './Decoder';
import { Encoder } from './Encoder';
import { LiveDemo } from './LiveDemo';

function vendorFromHash(): string {
  const match = /vendor=([\w-]+)/.exec(location.hash);
  return vendorById(match?.[1] ?? '').id;
}

export function App() {
  const [vendorId, setVendorId] = useState(vendorFromHash);
  const [decoderInput, setDecoderInput] = useState<{ body: string; status: string; headers: string; nonce: number } | undefined>();
  const vendor = vendorById(vendorId);

  useEffect(() => {
    const onHash = () => { setVendorId(vendorFromHash()); };
    addEventListener('hashchange', onHash);
    return () => { removeEventListener('hashchange', onHash); };
  }, []);

  const choose = (id: string) => {
    setVendorId(id);
    history.replaceState(null, '', `#vendor=${id}`);
  };

  return (
    <>
      <header class="top">
        <div class="brand">
          <h1>
            errs <span>playground</span>
          </h1>
          <p>Five vendors' API errors, typed and complete, side by side: browse, decode, encode, and watch a client retry.</p>
        </div>
        <fieldset class="switcher">
          <legend>Vendor</legend>
          {vendors.map((v) => (
            <label key={v.id} class={v.id === vendorId ? 'on' : ''}>
              <input type="radio" name="vendor" value={v.id} checked={v.id === vendorId} onChange={() => { choose(v.id); }} />
              <span class="name">{v.label}</span>
              <span class="count">{v.catalog.codes.length} codes</span>
            </label>
          ))}
        </fieldset>
        <nav aria-label="Sections">
          <a href="#catalog">Catalog</a>
          <a href="#decoder">Decoder</a>
          <a href="#encoder">Encoder</a>
          <a href="#live">Live client</a>
        </nav>
      </header>
      <main>
        <p class="vendor-line" data-testid="vendor-line">
          <strong>{vendor.label}</strong>: {vendor.blurb} · <code>{vendor.pkg}</code>
          {vendor.custom ? ' · defined in apps/playground/src/custom-catalog.ts' : ''}
        </p>
        <CatalogTable key={`t-${vendor.id}`} vendor={vendor} />
        <div class="pair">
          <Decoder key={`d-${vendor.id}`} vendor={vendor} input={decoderInput} />
          <Encoder
            key={`e-${vendor.id}`}
            vendor={vendor}
            onDecode={(body, status, headers) => {
              setDecoderInput({ body, status, headers, nonce: Date.now() });
              document.getElementById('decoder')?.scrollIntoView({ behavior: 'smooth' });
            }}
          />
        </div>
        <LiveDemo key={`l-${vendor.id}`} vendor={vendor} />
      </main>
      <footer>
        Everything on this page is generated from the catalogs of <code>@errs/omnia</code>, <code>@errs/ayanova</code>, <code>@errs/easydb</code>,{' '}
        <code>@errs/connect</code>, <code>@errs/platform</code> and a custom <code>@errs/core</code> catalog. No network beyond this server.
      </footer>
    </>
  );
}
