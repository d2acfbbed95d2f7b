import type { CellStatus } from "../state/editorModel";
import { useLang } from "../i18n/LangContext";
import { ResetButton } from "../components/ResetButton";
import { OutcomeSource, OutcomeToggle } from "./OutcomeToggle";
import type { OutcomeKind } from "./edits";

export interface OutcomeControlsProps {
  /** The field's accessible name, "<indicator> <year>". */
  field: string;
  indicator: string;
  year: number;
  value: number;
  status: CellStatus;
  statusText: { label: string; title: string };
  fixed: boolean;
  edited: boolean;
  outcome: OutcomeKind;
  outcomeSource?: string;
  /** The field's message, if its text is refused. */
  error: string | null;
  errorId: string;
  onOutcome: (indicator: string, year: number, kind: OutcomeKind, value: number) => void;
  onSource: (indicator: string, year: number, source: string) => void;
  onReset: (indicator: string, year: number) => void;
}

/**
 * What follows a rate or level field: what the figure is (giả định / ước thực hiện / thực hiện),
 * the reset of an edit, the outcome's source, and the field's error. One piece for both rows.
 */
export function OutcomeControls(p: OutcomeControlsProps) {
  const { t } = useLang();
  return (
    <>
      <OutcomeToggle
        field={p.field}
        fixed={p.fixed}
        kind={p.outcome}
        status={p.status}
        statusLabel={p.statusText.label}
        statusTitle={p.statusText.title}
        onKind={(kind) => p.onOutcome(p.indicator, p.year, kind, p.value)}
      />
      <ResetButton show={p.edited && !p.fixed} label={t("resetValue", { field: p.field })} onReset={() => p.onReset(p.indicator, p.year)} />
      {!p.fixed && p.outcome !== "none" && (
        <OutcomeSource field={p.field} source={p.outcomeSource} onSource={(source) => p.onSource(p.indicator, p.year, source)} />
      )}
      {p.error && (
        <p id={p.errorId} className="field-error" role="alert">
          {p.error}
        </p>
      )}
    </>
  );
}
