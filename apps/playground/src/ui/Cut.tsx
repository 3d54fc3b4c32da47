/** Long results are cut: this many items or characters are shown, with a note saying so. */
export const MAX_ROWS = 50;
export const MAX_CHARS = 20_000;

/** The note under a cut result. */
export function CutNote({ shown, total, unit }: { shown: number; total: number; unit: string }) {
  if (shown >= total) return null;
  return (
    <p class="cut muted small" data-testid="result-cut">
      Cut: showing {shown} of {total} {unit}.
    </p>
  );
}
