import { memo } from "react";
import { formatPercent } from "@lotrinh/core";
import type { CellStatus } from "../state/editorModel";
import { cleanRate } from "../state/edits";
import { implausibleRate, MAX_RATE, parseRatePercent, percentFieldText } from "../state/numberInput";
import { useLang } from "../i18n/LangContext";
import { useStatusText } from "./StatusTag";
import { useDraftField } from "../hooks/useDraftField";
import { OutcomeControls } from "../outcomes/OutcomeControls";
import type { OutcomeKind } from "../outcomes/edits";

export interface RateRowProps {
  indicator: string;
  /** Indicator name as shown; the slider is named "<name> <year>". */
  name: string;
  year: number;
  value: number;
  min: number;
  max: number;
  status: CellStatus;
  sourceIndex?: number;
  sourceTitle?: string;
  note?: import("@lotrinh/core").LocalizedText;
  scenarioName: string;
  fixed: boolean;
  locked: boolean;
  /** The scenario's own outcome of the year ("none": an assumption), and its source note. */
  outcome: OutcomeKind;
  outcomeSource?: string;
  edited: boolean;
  onRate: (indicator: string, year: number, value: number) => void;
  onReset: (indicator: string, year: number) => void;
  onOutcome: (indicator: string, year: number, kind: OutcomeKind, value: number) => void;
  onSource: (indicator: string, year: number, source: string) => void;
}

/**
 * One year of one rate: a slider (0.1 percentage point a step), a percent field
 * that accepts "14,5" and "14.5", the value's provenance, the toggle "giả định" /
 * "ước thực hiện" / "thực hiện" (an outcome is typed in the same field, with its
 * source) and a reset.
 * Props are primitives so that memo skips the rows an input did not touch.
 */
export const RateRow = memo(function RateRow(p: RateRowProps) {
  const { lang, t } = useLang();
  const field = `${p.name} ${p.year}`;
  // An outcome is typed, not dragged: its slider rests, its field stays open.
  const disabled = p.fixed || p.locked;
  const status = useStatusText(p);
  const { error, errorId, inputProps, pending, accept, reject } = useDraftField(
    percentFieldText(p.value, lang),
    (text) => {
      const r = parseRatePercent(text);
      if (r.ok) {
        // 300 typed for 3 %, or a slipped minus: an implausible yearly rate asks before it is kept.
        const odd = implausibleRate(r.value);
        if (!odd) return r;
        const value = formatPercent(r.value, lang);
        return { ...r, confirm: t("confirmRate", { field, value, direction: t(odd === "high" ? "confirmHigh" : "confirmLow") }) };
      }
      const message =
        r.reason === "tooLow"
          ? t("rateTooLow", { field })
          : r.reason === "tooHigh"
            ? t("rateTooHigh", { field, max: formatPercent(MAX_RATE, lang, 0) })
            : t("invalidNumber", { field, input: text });
      return { ok: false, message };
    },
    (rate) => {
      const value = cleanRate(rate);
      if (value !== p.value) p.onRate(p.indicator, p.year, value);
    },
  );

  return (
    <div className={`rate-row has-outcome-toggle${error ? " has-error" : ""}`} data-status={p.status}>
      <span className="rate-year" aria-hidden="true">
        {p.year}
      </span>
      <input
        type="range"
        className="rate-slider"
        data-indicator={p.indicator}
        data-year={p.year}
        min={p.min}
        max={p.max}
        step={0.001}
        value={p.value}
        aria-label={field}
        aria-valuetext={formatPercent(p.value, lang)}
        disabled={disabled}
        onChange={(e) => p.onRate(p.indicator, p.year, cleanRate(Number(e.currentTarget.value)))}
      />
      <span className="rate-field-wrap">
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="rate-field"
          aria-label={t("percentField", { field })}
          disabled={p.fixed}
          {...inputProps}
        />
        <span className="rate-unit" aria-hidden="true">
          %
        </span>
      </span>
      <OutcomeControls
        field={field}
        indicator={p.indicator}
        year={p.year}
        value={p.value}
        status={p.status}
        statusText={status}
        fixed={p.fixed}
        edited={p.edited}
        outcome={p.outcome}
        outcomeSource={p.outcomeSource}
        error={error}
        errorId={errorId}
        onOutcome={p.onOutcome}
        onSource={p.onSource}
        onReset={p.onReset}
      />
      {pending && (
        <div id={errorId} className="field-confirm" role="alert">
          <span>{pending.message}</span>
          <button type="button" className="button small" onClick={accept}>
            {t("confirmKeep", { value: formatPercent(pending.value, lang) })}
          </button>
          <button type="button" className="button small primary" onClick={reject}>
            {t("confirmBack")}
          </button>
        </div>
      )}
    </div>
  );
});
