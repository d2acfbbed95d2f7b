import { memo, useId, useState } from "react";
import { formatNumber } from "@lotrinh/core";
import type { BuoyancyModel } from "../state/editorModel";
import { decimalFieldText, parseDecimal } from "../state/numberInput";
import { useLang } from "../i18n/LangContext";
import { StatusTag } from "./StatusTag";
import { ResetButton } from "./ResetButton";

const MIN = 0;
const MAX = 5;

export interface BuoyancyEditorProps extends BuoyancyModel {
  scenarioName: string;
  onChange: (value: number) => void;
  onReset: () => void;
}

/** Revenue buoyancy: one parameter for the whole term (revenue growth = buoyancy × nominal GRDP growth). */
export const BuoyancyEditor = memo(function BuoyancyEditor(p: BuoyancyEditorProps) {
  const { lang, t } = useLang();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const helpId = useId();
  const field = t("buoyancy");

  const commit = () => {
    if (draft === null) return;
    const r = parseDecimal(draft);
    if (!r.ok) return setError(t("invalidNumber", { field, input: draft }));
    if (r.value < MIN || r.value > MAX) return setError(t("buoyancyRange", { field }));
    setError(null);
    setDraft(null);
    if (r.value !== p.value) p.onChange(r.value);
  };

  return (
    <fieldset className="indicator-editor">
      <legend>{field}</legend>
      <p id={helpId} className="hint">
        {t("buoyancyHelp")}
      </p>
      <div className="rate-row" data-status={p.status}>
        <span className="rate-year" aria-hidden="true">
          ×
        </span>
        <input
          type="range"
          className="rate-slider"
          min={MIN}
          max={3}
          step={0.01}
          value={Math.min(p.value, 3)}
          aria-label={field}
          aria-describedby={helpId}
          aria-valuetext={formatNumber(p.value, lang, 2)}
          onChange={(e) => p.onChange(Number(e.currentTarget.value))}
        />
        <span className="rate-field-wrap">
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className="rate-field"
            aria-label={t("valueField", { field })}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            value={draft ?? decimalFieldText(p.value, lang)}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit();
              else if (e.key === "Escape") {
                setDraft(null);
                setError(null);
              }
            }}
          />
          <span className="rate-unit" aria-hidden="true" />
        </span>
        <StatusTag status={p.status} note={p.note} scenarioName={p.scenarioName} />
        <span className="icon-placeholder" />
        <ResetButton show={p.edited} label={t("resetValue", { field })} onReset={p.onReset} />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
});
