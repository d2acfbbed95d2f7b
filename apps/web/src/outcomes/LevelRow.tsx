import { memo } from "react";
import { isPercentUnit } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { useDraftField } from "../hooks/useDraftField";
import { percentFieldText, parseDecimal } from "../state/numberInput";
import { useStatusText } from "../components/StatusTag";
import { OutcomeControls } from "./OutcomeControls";
import type { OutcomeKind } from "./edits";
import type { LevelCell } from "./levelModel";
import { levelFieldText, parseLevel } from "./levelInput";
import { levelWord } from "./levelWords";

export interface LevelRowProps extends LevelCell {
  indicator: string;
  name: string;
  unit: string;
  sourceTitle?: string;
  onLevel: (indicator: string, year: number, value: number) => void;
  onOutcome: (indicator: string, year: number, kind: OutcomeKind, value: number) => void;
  onSource: (indicator: string, year: number, source: string) => void;
  onReset: (indicator: string, year: number) => void;
}

/** One year of one level: its value typed in the language's format, where it comes from, and the outcome toggle. */
export const LevelRow = memo(function LevelRow(p: LevelRowProps) {
  const { lang } = useLang();
  const field = `${p.name} ${p.year}`;
  const percent = isPercentUnit(p.unit);
  const status = useStatusText(p);
  const { error, errorId, inputProps } = useDraftField(
    percent ? percentFieldText(p.value, lang) : levelFieldText(p.value, lang),
    (text) => {
      const n = percent ? parseDecimal(text) : undefined;
      const value = percent ? (n?.ok ? n.value / 100 : undefined) : parseLevel(text, lang);
      if (value === undefined || !(value >= 0)) return { ok: false, message: levelWord(lang, "levelFieldError", { field, input: text }) };
      return { ok: true, value };
    },
    (value) => {
      if (value !== p.value) p.onLevel(p.indicator, p.year, value);
    },
  );
  return (
    <div className={`rate-row level-row has-outcome-toggle${error ? " has-error" : ""}`} data-status={p.status}>
      <span className="rate-year" aria-hidden="true">
        {p.year}
      </span>
      <span className="rate-field-wrap level-field-wrap">
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="rate-field level-field"
          aria-label={levelWord(lang, "levelFieldLabel", { field })}
          disabled={p.fixed}
          {...inputProps}
        />
        {percent && (
          <span className="rate-unit" aria-hidden="true">
            %
          </span>
        )}
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
    </div>
  );
});
