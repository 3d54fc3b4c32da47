const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const SPLIT = /\{([A-Za-z_][A-Za-z0-9_]*)\}/;

/** The `{name}` placeholders of a message template, in order, without repeats. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return [...names];
}

/** A parameter value as it reads in a message. */
export function display(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      if (Array.isArray(value)) return value.map(display).join(', ');
      try {
        return JSON.stringify(value) ?? String(value);
      } catch {
        return String(value);
      }
  }
}

/**
 * A template split once into text and slots, with the clauses that drop out when their params are
 * absent (see {@link fill}). Catalogs prepare each documented message once, at definition.
 */
export interface Template {
  readonly source: string;
  /** `text0, name1, text1, ...`: odd indexes are param names. */
  readonly parts: readonly string[];
  /** Clauses, in order: runs of slots joined by `,` / `or` / `and`, each with what leads into it. */
  readonly groups: readonly Group[];
}

interface Clause {
  /** Index of the slot in `parts`. */
  readonly slot: number;
  /** `id=` or `operation: `: the label the value needs, dropped with it. */
  readonly label: string;
  /** The separator before this clause (`, `, ` or `), empty for a group's first. */
  readonly separator: string;
}

interface Group {
  readonly clauses: readonly Clause[];
  /** What leads into the group and goes when it all does: `(`, `: `, `with the tag `. */
  readonly lead: string;
  /** What closes the group and goes with it: `)`. */
  readonly close: string;
  /** A `)` after the group that closes nothing (a typo of the doc's own): kept only while the group is whole. */
  readonly stray: boolean;
}

const LABEL = /([A-Za-z_][A-Za-z0-9_]*)(=|: )$/;
const SEPARATOR = /^\s*(?:,|or|and|\/|-)\s+$|^,$/;
const PREPOSITION = /(?:^|\s)((?:at|for|in|on|of|from|to|with|by|named|as)\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z_][\w-]*\s+)?)$/;
const PREPOSITION_ONLY = /(?:^|\s)((?:at|for|in|on|of|from|to|with|by|named|as)\s+)$/;
// A phrase like "at {url}" or "with the tag {tag}" goes with its value when what follows does not
// need it: the end, punctuation, or a word that starts the next phrase.
// `(user ` before a slot: a parenthesis and the words that lead into the value.
const PAREN_WORDS = /^\((?:[A-Za-z][\w-]*\s+)+$/;
const FOLLOWS_PHRASE = /^(?:\s*$|\s*[.,;:)!?]|\s+(?:is|was|are|were|does|do|did|has|have|had|must|can|cannot|could|not|exists?|with|for|at|in|on|of|from|to|by|or|and)\b)/;

/** Splits a template into text, slots and droppable clauses. Linear in its length; never compiles code. */
export function prepare(source: string): Template {
  const parts = source.split(SPLIT);
  const groups: Group[] = [];
  let clauses: Clause[] = [];
  let lead = '';
  let parenLead = ''; // `(user `: words after a `(` that lead into the group's first slot
  let prefix = ''; // the template's text before the group's first slot
  const close = (i: number): void => {
    // i: index of the text after the group's last slot.
    const before = prefix;
    const stray = parts[i]!.startsWith(')') && before.split('(').length <= before.split(')').length;
    let closing = '';
    let opening = lead;
    const after = parts[i]!;
    if (lead.endsWith('(') && after.startsWith(')')) closing = ')';
    else if (parenLead && after.startsWith(')')) {
      // "Denied (user {user})": the words in the parentheses go with the value, and so do they.
      opening = parenLead;
      closing = ')';
    } else if (clauses.length === 1 && clauses[0]!.label.endsWith(': ') && !lead.endsWith('(')) {
      // "Invalid page token: {pageToken}": the colon leads in, the words before it stay.
      opening = ': ';
      clauses[0] = { ...clauses[0]!, label: '' };
    }
    groups.push({ clauses, lead: opening, close: closing, stray });
    clauses = [];
  };
  for (let i = 1; i < parts.length; i += 2) {
    const before = parts[i - 1]!;
    const label = LABEL.exec(before)?.[0] ?? '';
    const rest = before.slice(0, before.length - label.length);
    if (clauses.length > 0 && SEPARATOR.test(rest)) {
      clauses.push({ slot: i, label, separator: rest });
      continue;
    }
    if (clauses.length > 0) close(i - 1);
    prefix = parts.filter((_, k) => k < i && k % 2 === 0).join('');
    const opening = rest.endsWith('(')
      ? '('
      : label
        ? (PREPOSITION_ONLY.exec(rest)?.[1] ?? '')
        : FOLLOWS_PHRASE.test(parts[i + 1]!)
          ? (PREPOSITION.exec(rest)?.[1] ?? '')
          : '';
    lead = opening;
    const paren = rest.lastIndexOf('(');
    parenLead = paren >= 0 && PAREN_WORDS.test(rest.slice(paren)) ? rest.slice(paren) : '';
    clauses.push({ slot: i, label, separator: '' });
  }
  if (clauses.length > 0) close(parts.length - 1);
  return { source, parts, groups };
}

const present = (params: Readonly<Record<string, unknown>> | undefined, name: string): boolean =>
  params !== undefined && Object.hasOwn(params, name) && params[name] !== undefined && params[name] !== null;

/**
 * Fills a prepared template. A clause whose param is absent drops out with its label, separator and
 * lead-in (`id={resourceId} or key={resourceKey}` with `resourceKey` alone gives `key=…`; `(id: {id})`
 * without `id` goes with its parentheses), so the message still reads as a sentence and never shows
 * a raw `{name}`.
 */
export function fill(template: Template, params: Readonly<Record<string, unknown>> | undefined): string {
  const { parts } = template;
  if (parts.length === 1) return template.source;
  let complete = true;
  for (let i = 1; i < parts.length; i += 2) {
    if (!present(params, parts[i]!)) {
      complete = false;
      break;
    }
  }
  if (complete) {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) out += display(params![parts[i]!]) + parts[i + 1]!;
    return out;
  }
  return sparse(template, params);
}

function sparse(template: Template, params: Readonly<Record<string, unknown>> | undefined): string {
  const { parts, groups } = template;
  let out = '';
  // The text before the next group; a dropped group cuts its lead out of it.
  let text = parts[0]!;
  for (const group of groups) {
    const kept = group.clauses.filter((c) => present(params, parts[c.slot]!));
    const first = group.clauses[0]!;
    const last = group.clauses[group.clauses.length - 1]!;
    // The text before the group, without the first clause's label.
    let head = text.slice(0, text.length - first.label.length);
    let next = parts[last.slot + 1]!;
    if (group.stray && kept.length < group.clauses.length) next = next.slice(1);
    if (kept.length === 0) {
      head = head.slice(0, head.length - group.lead.length);
      if (group.close) next = next.slice(group.close.length);
      out += head;
    } else {
      out += head;
      kept.forEach((c, k) => {
        out += (k === 0 ? '' : c.separator) + c.label + display(params![parts[c.slot]!]);
      });
    }
    // Text between the group's slots belongs to its clauses' labels and separators; `next` follows it.
    text = next;
  }
  out += text;
  return tidy(out);
}

/** Spacing after clauses dropped out: no double spaces, none before punctuation, no dangling colon or leading separator. */
function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.,;:)!?])/g, '$1')
    .replace(/[\s:]+$/, '')
    .replace(/^[\s,;:]+/, '')
    .trim();
}

/**
 * Fills `{name}` placeholders from `params`. A clause whose param is absent drops out with its label,
 * separator and lead-in (`id={resourceId} or key={resourceKey}` with `resourceKey` alone gives
 * `key=…`; `(id: {id})` without `id` goes with its parentheses), so the message still reads as a
 * sentence and never shows a raw `{name}`. Any template can be given: it is read in one pass, never
 * compiled nor cached, so untrusted templates (a title read from JSON, a caller's table) cost no
 * memory that outlives the call.
 */
export function render(template: string, params: Readonly<Record<string, unknown>> | undefined): string {
  if (!template.includes('{')) return template;
  return fill(prepare(template), params);
}
