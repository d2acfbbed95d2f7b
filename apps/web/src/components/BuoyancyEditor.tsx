import { memo, useId } from "react";
import { formatNumber } from "@lotrinh/core";
import type { BuoyancyModel } from "../state/editorModel";
import { decimalFieldText, parseDecimal } from "../state/numberInput";
import { useLang } from "../i18n/LangContext";
import { StatusTag } from "./StatusTag";
import { ResetButton } from "./ResetButton";
import { useDraftField } from "../hooks/useDraftField";

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
  const helpId = useId();
  const field = t("buoyancy");
  const { error, errorId, inputProps } = useDraftField(
    decimalFieldText(p.value, lang),
    (text) => {
      const r = parseDecimal(text);
      if (!r.ok) return { ok: false, message: t("invalidNumber", { field, input: text }) };
      if (r.value < MIN || r.value > MAX) return { ok: false, message: t("buoyancyRange", { field }) };
      return r;
    },
    (value) => {
      if (value !== p.value) p.onChange(value);
    },
  );

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
            {...inputProps}
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
