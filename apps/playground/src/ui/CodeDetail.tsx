import { exampleError, exampleParams } from '../lib/scenarios';
import type { Catalog } from '@errs/core';
import { paramSummary } from '../lib/schema-form';
import { codeSnippet } from '../lib/snippets';
import { categoryText } from '../lib/words';
import type { VendorEntry } from '../vendors';
import { Inline } from './Inline';
import { Json } from './Json';

/** Example params of a code (what its schema accepts, nested codes included), or {} where none fit. */
export function exampleParamsOf(catalog: Catalog, code: string): unknown {
  return exampleParams(catalog, code) ?? {};
}

/** One code of the catalog, opened: what it means, what to do, how to make and recognise it. */
export function CodeDetail({ vendor, code, onClose, onEncode }: { vendor: VendorEntry; code: string; onClose: () => void; onEncode?: () => void }) {
  const info = vendor.catalog.get(code);
  if (!info) return null;
  const example = exampleError(vendor.catalog, code);
  const encoded = example ? vendor.catalog.encode(example) : undefined;
  const params = paramSummary(info.schema);
  const description = vendor.docs[code]?.description;
  return (
    <div class="code-detail" data-testid="code-detail" role="region" aria-label={`Code ${code}`}>
      <div class="detail-head">
        <h3>
          <code>{code}</code> <span class="muted">HTTP {info.status}</span>
          {info.nested ? <span class="tag">nested: only inside another error's details</span> : null}
        </h3>
        <button type="button" onClick={onClose} aria-label="Close the code">
          Close
        </button>
      </div>
      <dl class="facts">
        <dt>Message</dt>
        <dd>
          <Inline text={info.message} />
        </dd>
        {description ? (
          <>
            <dt>Description</dt>
            <dd>
              <Inline text={description} />
            </dd>
          </>
        ) : null}
        <dt>Category</dt>
        <dd>
          <span class={`cat cat-${info.category}`}>{info.category}</span> {categoryText[info.category] ?? ''}
        </dd>
        <dt>Retry advice</dt>
        <dd>
          <strong>{info.retry.strategy}</strong>
          {info.retryable ? ' (retryable)' : ' (not retryable)'}
          {info.retry.note ? (
            <>
              : <Inline text={info.retry.note} />
            </>
          ) : null}
        </dd>
        <dt>Params</dt>
        <dd>
          {params.length === 0 ? (
            'none'
          ) : (
            <ul class="param-list">
              {params.map((p) => {
                const [name, type] = p.split(/:\s(.*)/s) as [string, string];
                return (
                  <li key={p}>
                    <code>{name}</code> <span class="muted">{type}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
      </dl>
      {encoded ? (
        <>
          <p class="small muted">Example body (HTTP {encoded.status}):</p>
          <Json value={typeof encoded.body === 'string' ? encoded.body : JSON.stringify(encoded.body, null, 2)} label={`Example body of ${code}`} testId="detail-example" />
        </>
      ) : null}
      <p class="small muted">In code:</p>
      <Json value={codeSnippet(vendor, code, example?.params ?? {})} label={`TypeScript for ${code}`} />
      {onEncode && !info.nested ? (
        <button type="button" onClick={onEncode}>
          Open in the encoder
        </button>
      ) : null}
    </div>
  );
}
