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
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined || value === null ? whole : display(value);
  });
}
