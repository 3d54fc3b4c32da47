import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { encodableCodes, encodeForm, exampleValues, fieldsFor } from '../lib/encode';
import type { DetailDraft, EncoderOptions } from '../lib/encode';
import { vendorExample } from '../lib/examples';
import { isScenarioId } from '../lib/scenarios';
import type { ScenarioId } from '../lib/scenarios';
import { formToParams, paramsToForm } from '../lib/schema-form';
import { catalogSnippet, codeSnippet, decoderSnippet, encoderSnippet, installLine, installNote, liveSnippet } from '../lib/snippets';
import type { Panel, UrlState } from '../lib/url-state';
import { readHash, writeHash } from '../lib/url-state';
import { versionOf } from '../readmes';
import type { VendorEntry } from '../vendors';
import { vendorById, vendors } from '../vendors';
import { CatalogTable } from './CatalogTable';
import { CodePanel } from './CodePanel';
import { CopyButton } from './CopyButton';
import type { DecoderInput } from './Decoder';
import { Decoder } from './Decoder';
import type { EncoderState } from './Encoder';
import { Encoder } from './Encoder';
import { exampleParamsOf } from './CodeDetail';
import { LiveDemo } from './LiveDemo';
import { Readme } from './Readme';

const SECTIONS: readonly { id: Panel; label: string }[] = [
  { id: 'catalog', label: 'Catalog' },
  { id: 'decoder', label: 'Decoder' },
  { id: 'encoder', label: 'Encoder' },
  { id: 'live', label: 'Live client' },
];

function exampleInput(vendor: VendorEntry): DecoderInput {
  const e = vendorExample(vendor.catalog);
  return e ? { body: e.body, status: e.status, headers: e.headers } : { body: '', status: '', headers: '' };
}

function encoderStart(vendor: VendorEntry, code?: string, paramsJson?: string, optionsJson?: string): EncoderState {
  const codes = encodableCodes(vendor.catalog);
  const chosen = code !== undefined && codes.includes(code) ? code : (codes[0] ?? '');
  let values = exampleValues(vendor.catalog, chosen);
  if (paramsJson !== undefined && chosen === code) {
    try {
      values = paramsToForm(fieldsFor(vendor.catalog, chosen), JSON.parse(paramsJson));
    } catch {
      // a broken link keeps the example params
    }
  }
  let options: EncoderOptions = {};
  if (optionsJson !== undefined) {
    try {
      const o = JSON.parse(optionsJson) as Record<string, unknown>;
      const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
      const details = Array.isArray(o.details)
        ? (o.details as unknown[]).flatMap((d): DetailDraft[] => {
            const r = d as Record<string, unknown> | null;
            return r && typeof r.code === 'string' ? [{ code: r.code, path: text(r.path) ?? '', params: text(r.params) ?? '{}' }] : [];
          })
        : undefined;
      options = { requestId: text(o.requestId), status: text(o.status), retryAfter: text(o.retryAfter), details };
    } catch {
      // ignore
    }
  }
  return { code: chosen, values, options };
}

/** The encoder's own options as link text (only what was filled in). */
function optionsText(options: EncoderOptions): { opts?: string } {
  const o = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
  return Object.keys(o).length > 0 ? { opts: JSON.stringify(o) } : {};
}

export function App() {
  const initial = useMemo(() => readHash(location.hash), []);
  const [vendorId, setVendorId] = useState(() => vendorById(initial.vendor ?? '').id);
  const vendor = vendorById(vendorId);
  const [panel, setPanel] = useState<Panel>(initial.panel ?? 'catalog');
  const [search, setSearch] = useState(initial.search ?? '');
  const [detail, setDetail] = useState<string | undefined>(initial.detail);
  const [decoder, setDecoder] = useState<DecoderInput>(() => {
    const example = exampleInput(vendor);
    return initial.body !== undefined || initial.status !== undefined || initial.headers !== undefined
      ? { body: initial.body ?? '', status: initial.status ?? '', headers: initial.headers ?? '' }
      : example;
  });
  /** Whether the user typed into the decoder (then a vendor switch keeps what is there). */
  const edited = useRef(initial.body !== undefined);
  const [decoded, setDecoded] = useState<{ code: string; known: boolean; params: unknown } | undefined>();
  const [encoder, setEncoder] = useState<EncoderState>(() => encoderStart(vendor, initial.code, initial.params, initial.opts));
  const [scenario, setScenario] = useState<ScenarioId | undefined>(initial.scenario !== undefined && isScenarioId(initial.scenario) ? initial.scenario : undefined);

  const encoderParams = useMemo(() => formToParams(fieldsFor(vendor.catalog, encoder.code), encoder.values), [vendor, encoder]);
  // The code panel writes no error from params the code's schema refuses: it names the problems.
  const encoderProblems = useMemo(() => {
    const result = encodeForm(vendor.catalog, encoder.code, encoder.values, location.origin, encoder.options);
    return result.ok ? undefined : result.messages;
  }, [vendor, encoder]);
  const [readme, setReadme] = useState<{ pkg: string; anchor: string } | undefined>();
  const state: UrlState = {
    vendor: vendor.id,
    panel,
    // The vendor's untouched example stays out of links: it comes back with the vendor.
    ...(edited.current ? { body: decoder.body, status: decoder.status, headers: decoder.headers } : {}),
    code: encoder.code,
    params: JSON.stringify(encoderParams),
    search,
    ...(detail === undefined ? {} : { detail }),
    ...(scenario === undefined ? {} : { scenario }),
    ...optionsText(encoder.options),
  };
  const fullHash = writeHash(state);

  // In the same render, not after paint: a link copied right after a change already carries it.
  useLayoutEffect(() => {
    if (location.hash !== fullHash) history.replaceState(null, '', fullHash);
  }, [fullHash]);

  // A link naming a panel opens at it.
  useEffect(() => {
    if (initial.panel) document.getElementById(initial.panel)?.scrollIntoView();
  }, []);

  // A hash typed or pasted into the address bar: follow it.
  useEffect(() => {
    const onHash = () => {
      const next = readHash(location.hash);
      const v = vendorById(next.vendor ?? '');
      setVendorId(v.id);
      if (next.panel) setPanel(next.panel);
      if (next.search !== undefined) setSearch(next.search);
      if (next.body !== undefined || next.status !== undefined) {
        edited.current = true;
        setDecoder({ body: next.body ?? '', status: next.status ?? '', headers: next.headers ?? '' });
      }
      setEncoder(encoderStart(v, next.code, next.params, next.opts));
      if (next.panel) document.getElementById(next.panel)?.scrollIntoView();
    };
    addEventListener('hashchange', onHash);
    return () => { removeEventListener('hashchange', onHash); };
  }, []);

  const choose = (id: string) => {
    if (id === vendor.id) return;
    const next = vendorById(id);
    setVendorId(id);
    // What the user typed stays; the previous vendor's untouched example gives way to this one's.
    if (!edited.current) setDecoder(exampleInput(next));
    setEncoder((e) => (next.catalog.get(e.code) && !next.catalog.get(e.code)!.nested ? e : encoderStart(next)));
    if (detail !== undefined && !next.catalog.get(detail)) setDetail(undefined);
  };

  const go = (id: Panel) => {
    setPanel(id);
    // Smooth unless the user asked for less motion (WCAG 2.3.3).
    const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
    document.getElementById(id)?.scrollIntoView({ behavior });
  };

  const toDecoder = (input: DecoderInput) => {
    edited.current = true;
    setDecoder(input);
    go('decoder');
  };

  const snippet = useMemo(() => {
    switch (panel) {
      case 'catalog':
        return detail !== undefined && vendor.catalog.get(detail) ? codeSnippet(vendor, detail, exampleParamsOf(vendor.catalog, detail)) : catalogSnippet(vendor);
      case 'decoder':
        return decoderSnippet(vendor, decoded, decoder.status);
      case 'encoder': {
        const { options } = encoder;
        const o: Record<string, unknown> = {};
        if (options.requestId?.trim()) o.requestId = options.requestId.trim();
        if (options.status?.trim()) o.status = Number(options.status) || options.status;
        if (options.retryAfter?.trim()) o.retryAfterMs = (Number(options.retryAfter) || 0) * 1000;
        if (options.details?.length) o.details = options.details.map((d) => ({ code: d.code, ...(d.path ? { path: d.path } : {}), params: safeJson(d.params) }));
        return encoderSnippet(vendor, { code: encoder.code, params: encoderParams, options: o, ...(encoderProblems ? { invalid: encoderProblems } : {}) });
      }
      case 'live':
        return liveSnippet(vendor);
    }
  }, [panel, vendor, detail, decoded, decoder.status, encoder, encoderParams, encoderProblems]);

  const onFocus = (id: Panel) => () => {
    if (panel !== id) setPanel(id);
  };

  return (
    <>
      <header class="top">
        <div class="brand">
          <h1>
            errs <span>playground</span>
          </h1>
          <p class="intro" data-testid="intro">
            A TypeScript library of typed, complete catalogs of real APIs' errors, one package per vendor: any error body (even a gateway's
            HTML page) becomes a typed <code>ErrsError</code> to switch on (code, params, status, retry advice), and servers and mocks send
            bodies exactly as the vendor does. Try the five vendor packages and a custom catalog here.
          </p>
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
          {SECTIONS.map((s) => (
            <a
              key={s.id}
              href={writeHash({ ...state, panel: s.id })}
              aria-current={panel === s.id ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(s.id);
              }}
            >
              {s.label}
            </a>
          ))}
        </nav>
      </header>
      <div class="layout">
        <div class="lead" data-testid="lead">
          <p class="vendor-line" data-testid="vendor-line">
            <strong>{vendor.label}</strong>: {vendor.blurb} · <code>{vendor.pkg}</code>
            {vendor.custom ? ' · defined in apps/playground/src/custom-catalog.ts' : ''}
          </p>
          <div class="install">
            <p class="small" data-testid="install-note">
              <strong>Install</strong> {vendor.custom ? <code>@errs/core</code> : <><code>{vendor.pkg}</code> with its peers <code>@errs/core</code> and zod</>}. {installNote}
            </p>
            <pre class="install-line" data-testid="install-line" tabIndex={0} aria-label="Install commands">
              {installLine(vendor, versionOf)}
            </pre>
            <p class="small readme-links">
              <CopyButton text={() => installLine(vendor, versionOf)} label="Copy" testId="copy-install" /> Read{' '}
              {[...(vendor.custom ? [] : [vendor.pkg]), '@errs/core'].map((pkg, i) => (
                <Fragment key={pkg}>
                  {i > 0 ? ' and ' : ''}
                  <button type="button" class="linkish" onClick={() => { setReadme({ pkg, anchor: '' }); }}>
                    {pkg} README
                  </button>
                  {i === (vendor.custom ? 0 : 1) ? '.' : ''}
                </Fragment>
              ))}
            </p>
          </div>
        </div>
        <CodePanel vendor={vendor} panel={panel} code={snippet} />
        <main>
          <div onFocusIn={onFocus('catalog')}>
            <CatalogTable
              vendor={vendor}
              query={search}
              onQuery={setSearch}
              detail={detail}
              onDetail={(c) => { setPanel('catalog'); setDetail(c); }}
              onEncode={(c) => { setEncoder(encoderStart(vendor, c)); go('encoder'); }}
            />
          </div>
          <div class="pair">
            <div onFocusIn={onFocus('decoder')}>
              <Decoder
                vendor={vendor}
                input={decoder}
                onInput={setDecoder}
                onEdit={() => { edited.current = true; }}
                onDecoded={setDecoded}
                onVendor={(id) => { choose(id); }}
              />
            </div>
            <div onFocusIn={onFocus('encoder')}>
              <Encoder vendor={vendor} state={encoder} onState={setEncoder} onDecode={toDecoder} />
            </div>
          </div>
          <div onFocusIn={onFocus('live')}>
            <LiveDemo key={`l-${vendor.id}`} vendor={vendor} scenario={scenario} onScenario={setScenario} onDecode={toDecoder} />
          </div>
        </main>
      </div>
      {readme ? <Readme key="readme" pkg={readme.pkg} anchor={readme.anchor} onOpen={(pkg, anchor) => { setReadme({ pkg, anchor }); }} onClose={() => { setReadme(undefined); }} /> : null}
      <footer>
        Everything on this page is generated from the catalogs of <code>@errs/omnia</code>, <code>@errs/ayanova</code>, <code>@errs/easydb</code>,{' '}
        <code>@errs/connect</code>, <code>@errs/platform</code> and a custom <code>@errs/core</code> catalog. No network beyond this server.
      </footer>
    </>
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
