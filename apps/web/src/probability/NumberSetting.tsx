import { useId } from "react";
import { useDraftField, type FieldCheck } from "../hooks/useDraftField";
import { ResetButton } from "../components/ResetButton";

export interface NumberSettingProps {
  label: string;
  /** The value as the field shows it. */
  shown: string;
  hint?: string;
  check: (text: string) => FieldCheck;
  onValue: (value: number) => void;
  edited: boolean;
  resetLabel: string;
  onReset: () => void;
}

/** A labelled number field (commits on Enter or blur, reverts on Escape) with a reset when edited. */
export function NumberSetting(p: NumberSettingProps) {
  const id = useId();
  const { error, errorId, inputProps } = useDraftField(p.shown, p.check, p.onValue);
  return (
    <div className={`number-setting${error ? " has-error" : ""}`} data-edited={p.edited || undefined}>
      <label htmlFor={id}>{p.label}</label>
      <input id={id} type="text" inputMode="decimal" autoComplete="off" className="rate-field" {...inputProps} />
      <ResetButton show={p.edited} label={p.resetLabel} onReset={p.onReset} />
      {p.hint && <p className="hint">{p.hint}</p>}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
