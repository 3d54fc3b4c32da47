import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useEffect, useRef } from 'preact/hooks';

/** Bodies up to this size wrap their lines; longer ones scroll sideways (wrapping a 2 MB line costs each key press). */
export const WRAP_MAX_CHARS = 100_000;

/** Marks the page's own replacement of the text (a new example, a vendor switch): not typing. */
const fromPage = Annotation.define<boolean>();

const wrapping = (length: number) => (length <= WRAP_MAX_CHARS ? EditorView.lineWrapping : []);

/**
 * A text editor for response bodies (CodeMirror 6). A textarea lays out its whole text on every key
 * press: 1.5 s per key in a 2 MB body on a loaded machine; this editor draws only what is in view.
 * Uncontrolled: `onChange` says a person changed the text (not a new `value`), `read` gives it.
 */
export function BodyEditor({
  value,
  onChange,
  onBlur,
  reader,
  labelledBy,
  testId,
}: {
  value: string;
  onChange: () => void;
  onBlur?: () => void;
  /** Filled with a function reading the current text. */
  reader: { current: (() => string) | undefined };
  labelledBy: string;
  testId: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  /** The text the editor holds as far as the page knows: a new `value` equal to it is our own echo. */
  const known = useRef(value);
  const handlers = useRef({ onChange, onBlur });
  handlers.current = { onChange, onBlur };

  useEffect(() => {
    const wrap = new Compartment();
    let wrapped = value.length <= WRAP_MAX_CHARS;
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          wrap.of(wrapping(value.length)),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, 'aria-multiline': 'true', role: 'textbox', 'data-testid': testId, spellcheck: 'false' }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            const fits = update.state.doc.length <= WRAP_MAX_CHARS;
            if (fits !== wrapped) {
              wrapped = fits;
              // Reconfigured after this update is done (no dispatch inside an update).
              queueMicrotask(() => { update.view.dispatch({ effects: wrap.reconfigure(wrapping(update.state.doc.length)) }); });
            }
            // Only a person's edit is typing: the page's own replacement must not mark the input edited.
            if (update.transactions.some((tr) => tr.docChanged && !tr.annotation(fromPage))) handlers.current.onChange();
          }),
          EditorView.domEventHandlers({
            blur: () => {
              handlers.current.onBlur?.();
            },
          }),
        ],
      }),
    });
    view.current = v;
    reader.current = () => {
      known.current = v.state.doc.toString();
      return known.current;
    };
    return () => {
      v.destroy();
      reader.current = undefined;
    };
  }, []);

  useEffect(() => {
    const v = view.current;
    if (!v || value === known.current) return;
    known.current = value;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value }, annotations: fromPage.of(true) });
  }, [value]);

  return <div class="body-editor" ref={host} />;
}
