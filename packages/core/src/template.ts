const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

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
 * Fills `{name}` placeholders from `params`. A placeholder whose parameter is absent stays as it is,
 * so a message never silently loses the place where a value belongs.
 */
export function render(template: string, params: Readonly<Record<string, unknown>> | undefined): string {
  if (!params || !template.includes('{')) return template;
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    out += (value === undefined || value === null ? `{${name}}` : display(value)) + parts[i + 1]!;
  }
  return out;
}

// Templates split once into [text, name, text, name, ..., text]: rendering is then a loop, not a regex.
// The catalogs' templates (and a caller's message tables) are a bounded set.
const SPLIT = /\{([A-Za-z_][A-Za-z0-9_]*)\}/;
const split = /* @__PURE__ */ new Map<string, readonly string[]>();
function partsOf(template: string): readonly string[] {
  let parts = split.get(template);
  if (!parts) split.set(template, (parts = template.split(SPLIT)));
  return parts;
}
