/**
 * Which part of a response gave which field of the ErrsError: the decoder draws it. Found by
 * value, for any vendor's envelope: the body's field holding the code is the code's source, the
 * array holding the nested errors is the details', a header carrying the request id is its source.
 */

/** The ErrsError fields the picture links to the wire. */
export type WireField = 'code' | 'status' | 'message' | 'params' | 'details' | 'requestId' | 'retry';

/** One field of the error and where on the wire it came from (undefined: not on the wire). */
export interface WireLink {
  readonly field: WireField;
  /** `code`, `params.expectedVersion` ... */
  readonly name: string;
  readonly value: string;
  /** `body errors[0].code`, `HTTP status`, `header x-request-id`; undefined when the response does not carry it. */
  readonly from: string | undefined;
}

export interface WireMap {
  /** JSON paths of the body (`error.code`, `errors[0]`) marked with the field they gave. */
  readonly marks: ReadonlyMap<string, WireField>;
  readonly links: readonly WireLink[];
}

/** What the picture needs of the decoded error. */
export interface WireError {
  readonly code: string;
  readonly status: number;
  readonly message: string;
  readonly params: unknown;
  readonly details: readonly { readonly code: string; readonly path: string | undefined }[];
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly strategy: string;
}

interface Node {
  readonly path: string;
  readonly key: string;
  readonly depth: number;
  readonly value: unknown;
}

/** A child's path: `a.b`, `a[0]`, or a quoted key where it is not a name. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return parent === '' ? name : /^[A-Za-z_$]/.test(name) ? `${parent}.${name}` : `${parent}[${name}]`;
}

function nodesOf(value: unknown, path = '', key = '', depth = 0, out: Node[] = []): Node[] {
  if (path !== '') out.push({ path, key, depth, value });
  if (Array.isArray(value)) value.forEach((v, i) => nodesOf(v, childPath(path, i), key, depth + 1, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodesOf(v, childPath(path, k), k, depth + 1, out);
  return out;
}

const primitive = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const shown = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))).slice(0, 80);

/** The picture of a decoded response: body marks and one link per error field. */
export function wireMap(body: unknown, headers: Readonly<Record<string, string>>, status: number | undefined, error: WireError): WireMap {
  const nodes = nodesOf(body);
  const marks = new Map<string, WireField>();
  const links: WireLink[] = [];
  const free = (n: Node) => ![...marks.keys()].some((p) => n.path === p || n.path.startsWith(`${p}[`) || n.path.startsWith(`${p}.`));
  const best = (candidates: Node[], keys: RegExp) => candidates.sort((a, b) => Number(keys.test(b.key)) - Number(keys.test(a.key)) || a.depth - b.depth)[0];
  const mark = (field: WireField, name: string, value: string, node: Node | undefined, other?: string) => {
    if (node) marks.set(node.path, field);
    links.push({ field, name, value, from: node ? `body ${node.path}` : other });
  };

  // The details first: their codes must not pass for the error's own.
  let detailsNode: Node | undefined;
  if (error.details.length > 0) {
    const first = error.details[0]!.code;
    detailsNode = nodes.find(
      (n) => Array.isArray(n.value) && n.value.length === error.details.length && nodesOf(n.value).some((c) => primitive(c.value) && String(c.value) === first),
    );
    if (detailsNode) {
      for (const inner of nodesOf(detailsNode.value, detailsNode.path)) {
        if (primitive(inner.value) && error.details.some((d) => String(inner.value) === d.code || inner.value === d.path)) marks.set(inner.path, 'details');
      }
    }
  }
  const outside = nodes.filter((n) => primitive(n.value) && !(detailsNode && (n.path.startsWith(`${detailsNode.path}[`) || n.path === detailsNode.path)));

  // An envelope without a code of its own (Connect) gives the first nested error's.
  const codeKeys = /^(code|type|error|errorcode|id|name)$/i;
  const codeNode =
    best(outside.filter((n) => String(n.value) === error.code), codeKeys) ?? best(nodes.filter((n) => primitive(n.value) && String(n.value) === error.code), codeKeys);
  mark('code', 'code', error.code, codeNode);
  const statusNode = best(outside.filter((n) => free(n) && (n.value === error.status || (String(n.value) === String(error.status) && /status/i.test(n.key)))), /status/i);
  mark('status', 'status', String(error.status), statusNode, status === error.status ? 'HTTP status' : "the code's documented status");
  mark('message', 'message', error.message, best(outside.filter((n) => free(n) && n.value === error.message), /message/i), "the catalog's message for the code");

  if (error.params !== null && typeof error.params === 'object') {
    for (const [k, v] of Object.entries(error.params)) {
      const named = outside.filter((n) => free(n) && n.key === k && (primitive(v) ? String(n.value) === String(v) : true));
      const equal = primitive(v) && String(v).length > 1 ? outside.filter((n) => free(n) && String(n.value) === String(v)) : [];
      const containers = primitive(v) ? [] : nodes.filter((n) => free(n) && n.key === k && !primitive(n.value));
      mark('params', `params.${k}`, shown(v), named[0] ?? containers[0] ?? best(equal, new RegExp(k, 'i')), 'not on the wire');
    }
  }

  if (error.details.length > 0) {
    if (detailsNode) marks.set(detailsNode.path, 'details');
    links.push({ field: 'details', name: 'details', value: `${error.details.length} nested error${error.details.length === 1 ? '' : 's'}`, from: detailsNode ? `body ${detailsNode.path}` : undefined });
  }

  if (error.requestId !== undefined) {
    const header = Object.entries(headers).find(([, v]) => v === error.requestId)?.[0];
    const node = header ? undefined : best(outside.filter((n) => free(n) && n.value === error.requestId), /id/i);
    mark('requestId', 'requestId', error.requestId, node, header ? `header ${header}` : undefined);
  } else links.push({ field: 'requestId', name: 'requestId', value: 'none', from: undefined });

  const wait = ['retry-after', 'x-ratelimit-reset', 'ratelimit-reset'].find((h) => headers[h] !== undefined);
  links.push({
    field: 'retry',
    name: 'retry',
    value: `${error.strategy}${error.retryAfterMs === undefined ? '' : `, wait ${error.retryAfterMs} ms`}`,
    from: error.retryAfterMs !== undefined && wait ? `header ${wait}` : `the catalog's advice for the code`,
  });
  return { marks, links };
}
