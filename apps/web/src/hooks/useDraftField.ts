import { useId, useState, type ChangeEvent, type KeyboardEvent } from "react";
import { isUndoKey } from "./useUndoShortcuts";

/** A checked field value; `confirm` is a question to ask before an implausible value is kept. */
export type FieldCheck = { ok: true; value: number; confirm?: string } | { ok: false; message: string };

/**
 * A typed number field that commits on Enter or blur and reverts on Escape.
 * Bad text never reaches the state: the message names the field and the typed
 * text stays for correction. An implausible value (the check's `confirm`) waits in
 * `pending` until the user keeps it (`accept`) or goes back to correct it (`reject`).
 * Ctrl+Z / Ctrl+Shift+Z act on the scenario, not on the text (the field is marked
 * `data-undo="scenario"` for useUndoShortcuts): typed text not yet committed is
 * dropped first, then the next press undoes the last edit.
 */
export function useDraftField(shown: string, check: (text: string) => FieldCheck, onValue: (value: number) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ value: number; message: string } | null>(null);
  const errorId = useId();
  const clear = () => {
    setDraft(null);
    setError(null);
    setPending(null);
  };
  const commit = () => {
    if (draft === null) return;
    const r = check(draft);
    if (!r.ok) {
      setPending(null);
      return setError(r.message);
    }
    setError(null);
    if (r.confirm) {
      // Already asked about this value (focus moved to the question): keep waiting for the answer.
      if (pending?.value !== r.value) setPending({ value: r.value, message: r.confirm });
      return;
    }
    clear();
    onValue(r.value);
  };
  const accept = () => {
    if (!pending) return;
    const value = pending.value;
    clear();
    onValue(value);
  };
  return {
    error,
    errorId,
    pending,
    accept,
    /** Back to the field with the typed text, to correct it. */
    reject: () => setPending(null),
    inputProps: {
      value: draft ?? shown,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error || pending ? errorId : undefined,
      "data-undo": "scenario",
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        setDraft(e.currentTarget.value);
        setPending(null);
      },
      onBlur: commit,
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (isUndoKey(e.nativeEvent) && draft !== null) {
          // Drop the uncommitted text; the scenario is left as it is (nothing saved).
          e.preventDefault();
          e.stopPropagation();
          e.nativeEvent.stopImmediatePropagation();
          clear();
        } else if (e.key === "Enter") commit();
        else if (e.key === "Escape") clear();
      },
    },
  };
}
