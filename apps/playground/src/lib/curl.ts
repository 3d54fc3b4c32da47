/** Shell lines that reproduce a request. */

/** A word quoted for a POSIX shell: single quotes, each inner `'` written as `'\''`. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export interface CurlRequest {
  readonly url: string;
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** A `curl -i` line sending the request (`-i` shows the status and headers of the answer). */
export function curlLine(request: CurlRequest): string {
  const parts = ['curl', '-i'];
  const method = request.method ?? (request.body === undefined ? 'GET' : 'POST');
  if (method !== 'GET') parts.push('-X', method);
  for (const [name, value] of Object.entries(request.headers ?? {})) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (request.body !== undefined) parts.push('--data-raw', shellQuote(request.body));
  parts.push(shellQuote(request.url));
  return parts.join(' ');
}

/**
 * The curl line asking the playground's mock server to answer with this error: it replies with
 * `catalog.toResponse(catalog.create(code, params, options))`, the exact wire response shown.
 */
export function encodeCurl(origin: string, vendor: string, request: { readonly code: string; readonly params: unknown; readonly options?: object }): string {
  const { code, params, options } = request;
  const hasOptions = options !== undefined && Object.keys(options).length > 0;
  return curlLine({
    url: `${origin}/mock/${encodeURIComponent(vendor)}/encode`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(hasOptions ? { code, params, options } : { code, params }),
  });
}
