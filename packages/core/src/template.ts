import { compile } from './compile.js';

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
  let fill = renderers.get(template);
  if (!fill) renderers.set(template, (fill = rendererOf(template)));
  return fill(params);
}

type Renderer = (params: Readonly<Record<string, unknown>>) => string;

/** A placeholder's text: the param's value, or the placeholder itself when there is none. */
const slot = (value: unknown, name: string): string => (value === undefined || value === null ? `{${name}}` : display(value));

// Each template is turned once into a function: compiled to named reads of the params where the
// realm allows (see compile.ts), else a loop over its parts. The catalogs' templates (and a
// caller's message tables) are a bounded set.
const SPLIT = /\{([A-Za-z_][A-Za-z0-9_]*)\}/;
const renderers = /* @__PURE__ */ new Map<string, Renderer>();

function rendererOf(template: string): Renderer {
  const parts = template.split(SPLIT);
  let source = JSON.stringify(parts[0]);
  for (let i = 1; i < parts.length; i += 2) {
    const name = JSON.stringify(parts[i]);
    source += ` + slot(hasOwn(p, ${name}) ? p[${name}] : undefined, ${name}) + ${JSON.stringify(parts[i + 1])}`;
  }
  const compiled = compile(['hasOwn', 'slot'], `return function render(p) { return ${source}; };`, [Object.hasOwn, slot]) as Renderer | undefined;
  return (
    compiled ??
    ((params) => {
      let out = parts[0]!;
      for (let i = 1; i < parts.length; i += 2) {
        const name = parts[i]!;
        out += slot(Object.hasOwn(params, name) ? params[name] : undefined, name) + parts[i + 1]!;
      }
      return out;
    })
  );
}
