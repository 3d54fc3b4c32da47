import { CutNote, MAX_CHARS } from './Cut';

/** Pretty JSON in a labelled, scrollable, focusable block; a huge text is cut, with a note. */
export function Json({ value, label, testId, max = MAX_CHARS }: { value: unknown; label: string; testId?: string; max?: number }) {
  const text = typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value));
  return (
    <>
      <pre class="json" tabIndex={0} aria-label={label} data-testid={testId}>
        {text.length > max ? text.slice(0, max) : text}
      </pre>
      <CutNote shown={Math.min(max, text.length)} total={text.length} unit="characters" />
    </>
  );
}
