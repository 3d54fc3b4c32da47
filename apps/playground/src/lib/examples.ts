/** Example inputs for the decoder, generated from the catalogs. */
import type { Catalog } from '@errs/core';
import { scenarioSteps } from './scenarios';

export interface DecoderExample {
  readonly label: string;
  readonly body: string;
  readonly status: string;
  readonly headers: string;
}

function headerLines(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

/** The vendor's validation error with nested details, exactly as encoded (pretty-printed). */
export function vendorExample(catalog: Catalog): DecoderExample | undefined {
  const step = scenarioSteps(catalog, 'validation')[0]!;
  if (step.kind !== 'error') return undefined;
  const { status, headers, body } = catalog.encode(step.error);
  return {
    label: `${catalog.vendor} validation error`,
    body: typeof body === 'string' ? body : JSON.stringify(body, null, 2),
    status: String(status),
    headers: headerLines({ ...headers, 'x-request-id': 'req-7f3a' }),
  };
}

export const gatewayExample: DecoderExample = {
  label: 'HTML gateway page',
  body: '<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center></body>\n</html>',
  status: '502',
  headers: 'content-type: text/html\nretry-after: 3',
};

/** A body of another vendor: not this vendor's envelope (unless both share a shape). */
export function foreignExample(catalog: Catalog, other: Catalog): DecoderExample | undefined {
  const example = vendorExample(other);
  return example && { ...example, label: `${other.vendor} body (another vendor)` };
}
