import { useState } from 'preact/hooks';
import { copyText } from './copy';

/** A button copying a text, saying so for a moment (and to screen readers). */
export function CopyButton({ text, label, testId }: { text: () => string; label: string; testId?: string }) {
  const [said, setSaid] = useState('');
  return (
    <button
      type="button"
      class="copy"
      data-testid={testId}
      onClick={() => {
        void copyText(text()).then((ok) => {
          setSaid(ok ? 'Copied' : 'Copy failed');
          setTimeout(() => { setSaid(''); }, 1500);
        });
      }}
    >
      {said || label}
      <span class="visually-hidden" role="status">
        {said}
      </span>
    </button>
  );
}
