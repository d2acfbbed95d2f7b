import { memo } from "react";
import { formatPercent } from "@lotrinh/core";
import type { CellStatus } from "../state/editorModel";
import { cleanRate } from "../state/edits";
import { MAX_RATE, parseRatePercent, percentFieldText } from "../state/numberInput";
import { useLang } from "../i18n/LangContext";
import { StatusTag } from "./StatusTag";
import { LockIcon } from "./icons";
import { ResetButton } from "./ResetButton";
import { useDraftField } from "../hooks/useDraftField";

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
  edited: boolean;
  onRate: (indicator: string, year: number, value: number) => void;
  onReset: (indicator: string, year: number) => void;
  onToggleLock: (indicator: string, year: number) => void;
}

/**
 * One year of one rate: a slider (0.1 percentage point a step), a percent field
 * that accepts "14,5" and "14.5", the value's provenance, a lock and a reset.
 * Props are primitives so that memo skips the rows an input did not touch.
 */
export const RateRow = memo(function RateRow(p: RateRowProps) {
  const { lang, t } = useLang();
  const field = `${p.name} ${p.year}`;
  const disabled = p.fixed || p.locked;
  const { error, errorId, inputProps } = useDraftField(
    percentFieldText(p.value, lang),
    (text) => {
      const r = parseRatePercent(text);
      if (r.ok) return r;
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
    <div className={`rate-row${error ? " has-error" : ""}`} data-status={p.status}>
      <span className="rate-year" aria-hidden="true">
        {p.year}
      </span>
      <input
        type="range"
        className="rate-slider"
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
          disabled={disabled}
          {...inputProps}
        />
        <span className="rate-unit" aria-hidden="true">
          %
        </span>
      </span>
      <StatusTag status={p.status} sourceIndex={p.sourceIndex} sourceTitle={p.sourceTitle} note={p.note} scenarioName={p.scenarioName} />
      <button
        type="button"
        className="icon-button"
        aria-pressed={p.locked || p.fixed}
        aria-label={t("lockYear", { field })}
        title={p.fixed ? t("lockedByData") : t("lockYear", { field })}
        disabled={p.fixed}
        onClick={() => p.onToggleLock(p.indicator, p.year)}
      >
        <LockIcon open={!(p.locked || p.fixed)} />
      </button>
      <ResetButton show={p.edited && !disabled} label={t("resetValue", { field })} onReset={() => p.onReset(p.indicator, p.year)} />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
});
