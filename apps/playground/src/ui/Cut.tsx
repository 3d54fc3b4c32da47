export { MAX_CHARS, MAX_ROWS } from '../lib/decode-view';

/** The note under a cut result. */
export function CutNote({ shown, total, unit }: { shown: number; total: number; unit: string }) {
  if (shown >= total) return null;
  return (
    <p class="cut muted small" data-testid="result-cut">
      Cut: showing {shown} of {total} {unit}.
    </p>
  );
}
