import { useMemo, useState } from 'preact/hooks';
import { encodableCodes, encodeForm, exampleValues, fieldsFor } from '../lib/encode';
import type { Field } from '../lib/schema-form';
import type { VendorEntry } from '../vendors';
import { Json } from './Json';

function FieldInput({ field, value, error, onChange }: { field: Field; value: string; error: string | undefined; onChange: (v: string) => void }) {
  const id = `f-${field.path || 'value'}`;
  const describedBy = error ? `${id}-err` : undefined;
  const label = (
    <span class="flabel">
      <code>{field.label || 'value'}</code>
      {field.optional ? <span class="muted"> optional</span> : <span class="req"> required</span>}
      <span class="muted"> · {describe(field)}</span>
    </span>
  );
  let control;
  if (field.kind === 'boolean') {
    control = <input id={id} type="checkbox" checked={value === 'true'} onChange={(e) => { onChange(e.currentTarget.checked ? 'true' : 'false'); }} aria-describedby={describedBy} />;
  } else if (field.kind === 'enum') {
    control = (
      <select id={id} value={value} onChange={(e) => { onChange(e.currentTarget.value); }} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        {field.optional ? <option value="">(leave out)</option> : null}
        {field.options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {String(o)}
          </option>
        ))}
      </select>
    );
  } else {
    control = (
      <input
        id={id}
        type="text"
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        value={value}
        onInput={(e) => { onChange(e.currentTarget.value); }}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        data-testid={`param-${field.path}`}
      />
    );
  }
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {control}
      {error ? (
        <span id={`${id}-err`} class="ferr">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function describe(field: Field): string {
  switch (field.kind) {
    case 'number':
      return field.integer ? 'integer' : 'number';
    case 'list':
      return `list of ${field.item === 'enum' ? (field.options ?? []).join(' / ') : field.item}s, comma-separated`;
    case 'json':
      return field.hint;
    case 'string':
      return field.hint ? `string (${field.hint})` : 'string';
    case 'enum':
      return 'one of the options';
    case 'boolean':
      return 'yes / no';
  }
}

export function Encoder({ vendor, onDecode }: { vendor: VendorEntry; onDecode: (body: string, status: string, headers: string) => void }) {
  const codes = useMemo(() => encodableCodes(vendor.catalog), [vendor]);
  const [code, setCode] = useState(codes[0] ?? '');
  const fields = useMemo(() => fieldsFor(vendor.catalog, code), [vendor, code]);
  const [values, setValues] = useState<Record<string, string>>(() => exampleValues(vendor.catalog, code));
  const [requestId, setRequestId] = useState('');
  const origin = typeof location === 'undefined' ? 'http://127.0.0.1:5173' : location.origin;
  const result = useMemo(() => encodeForm(vendor.catalog, code, values, origin, requestId), [vendor, code, values, origin, requestId]);
  const info = vendor.catalog.get(code);

  const pick = (next: string) => {
    setCode(next);
    setValues(exampleValues(vendor.catalog, next));
  };
  const headerText = result.ok
    ? Object.entries(result.encoded.headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n')
    : '';

  return (
    <section id="encoder" aria-labelledby="encoder-h">
      <h2 id="encoder-h">Encoder</h2>
      <p class="muted">
        Pick a code and fill its params: the form is generated from the code's zod schema, which also validates it.
      </p>
      <label class="block">
        Error code
        <select value={code} onChange={(e) => { pick(e.currentTarget.value); }} data-testid="encoder-code">
          {codes.map((c) => (
            <option key={c} value={c}>
              {c} ({vendor.catalog.get(c)!.status})
            </option>
          ))}
        </select>
      </label>
      {info ? <p class="muted template">Message template: {info.message}</p> : null}
      <fieldset class="params">
        <legend>Params</legend>
        {fields.length === 0 ? <p class="muted">This code has no params.</p> : null}
        {fields.map((f) => (
          <FieldInput
            key={`${code}:${f.path}`}
            field={f}
            value={values[f.path] ?? ''}
            error={result.ok ? undefined : result.errors[f.path]}
            onChange={(v) => { setValues({ ...values, [f.path]: v }); }}
          />
        ))}
        <div class="field">
          <label for="f-request-id">
            <span class="flabel">
              <code>requestId</code>
              <span class="muted"> optional · create option</span>
            </span>
          </label>
          <input id="f-request-id" type="text" value={requestId} onInput={(e) => { setRequestId(e.currentTarget.value); }} />
        </div>
      </fieldset>
      <div class="result" aria-live="polite" data-testid="encoder-result">
        {result.ok ? (
          <>
            <p class="verdict good">
              HTTP <strong data-testid="encoded-status">{result.encoded.status}</strong>
            </p>
            <Json value={headerText} label="Response headers" />
            <Json value={result.encoded.body} label="Response body" testId="encoded-body" />
            <p class="muted small">Body pretty-printed; on the wire it is exactly:</p>
            <Json value={result.wire} label="Wire body" testId="encoded-wire" />
            <label class="block">
              Reproduce with curl (the mock server answers with this response)
              <textarea readOnly rows={3} value={result.curl} class="mono" data-testid="encoded-curl" onFocus={(e) => { e.currentTarget.select(); }} />
            </label>
            <button type="button" onClick={() => { onDecode(result.wire, String(result.encoded.status), headerText); }}>
              Decode this response
            </button>
          </>
        ) : (
          <div class="verdict bad" data-testid="encoder-errors">
            <p>The params do not fit the schema:</p>
            <ul>
              {result.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
