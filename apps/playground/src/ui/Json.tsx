/** Pretty JSON in a labelled, scrollable, focusable block. */
export function Json({ value, label, testId }: { value: unknown; label: string; testId?: string }) {
  return (
    <pre class="json" tabIndex={0} aria-label={label} data-testid={testId}>
      {typeof value === 'string' ? value : JSON.stringify(value, null, 2)}
    </pre>
  );
}
