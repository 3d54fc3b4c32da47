import { inlineCode } from '../lib/words';

/** A text with its Markdown backticks shown as code. */
export function Inline({ text }: { text: string }) {
  return (
    <>
      {inlineCode(text).map((p, i) => (p.code ? <code key={i}>{p.text}</code> : p.text))}
    </>
  );
}
