import { useId, useState, type ChangeEvent, type KeyboardEvent } from "react";

export type FieldCheck = { ok: true; value: number } | { ok: false; message: string };

/**
 * A typed number field that commits on Enter or blur and reverts on Escape.
 * Bad text never reaches the state: the message names the field and the typed
 * text stays for correction.
 */
export function useDraftField(shown: string, check: (text: string) => FieldCheck, onValue: (value: number) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const commit = () => {
    if (draft === null) return;
    const r = check(draft);
    if (!r.ok) return setError(r.message);
    setError(null);
    setDraft(null);
    onValue(r.value);
  };
  return {
    error,
    errorId,
    inputProps: {
      value: draft ?? shown,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? errorId : undefined,
      onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft(e.currentTarget.value),
      onBlur: commit,
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === "Enter") commit();
        else if (e.key === "Escape") {
          setDraft(null);
          setError(null);
        }
      },
    },
  };
}
