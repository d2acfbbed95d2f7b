import { useState } from "react";
import { useLang } from "../i18n/LangContext";
import type { CellStatus } from "../state/editorModel";
import type { OutcomeKind } from "./edits";
import "./outcomes.css";

export interface OutcomeToggleProps {
  /** "<indicator> <year>", to name the control. */
  field: string;
  /** An outcome of the region's sources: shown, not changed. */
  fixed: boolean;
  kind: OutcomeKind;
  /** The value's provenance ("kế hoạch [1]", "giả định", "đã sửa"), the label of the "none" choice, and its tooltip. */
  status: CellStatus;
  statusLabel: string;
  statusTitle: string;
  onKind: (kind: OutcomeKind) => void;
}

/**
 * What a year's figure is, and the switch that makes it an outcome: the scenario's figure
 * (giả định, or where it comes from: "kế hoạch [1]", "đã sửa"), "ước thực hiện" or "thực hiện".
 * One control in place of the status tag, so that the row keeps its width.
 */
export function OutcomeToggle({ field, fixed, kind, status, statusLabel, statusTitle, onKind }: OutcomeToggleProps) {
  const { t } = useLang();
  const shown = fixed ? "fixed" : kind;
  return (
    <select
      className={`outcome-toggle status-${status}`}
      data-kind={fixed ? status : kind}
      aria-label={t("outcomeStatus", { field })}
      title={statusTitle}
      value={shown}
      disabled={fixed}
      onChange={(e) => onKind(e.currentTarget.value as OutcomeKind)}
    >
      {fixed ? (
        <option value="fixed">{statusLabel}</option>
      ) : (
        <>
          <option value="none">{kind === "none" ? statusLabel : t("outcomeNone")}</option>
          <option value="estimate">{t("outcomeEstimate")}</option>
          <option value="actual">{t("outcomeActual")}</option>
        </>
      )}
    </select>
  );
}

/** The source of an outcome the user entered, committed on Enter or when the field is left. */
export function OutcomeSource({ field, source, onSource }: { field: string; source?: string; onSource: (s: string) => void }) {
  const { t } = useLang();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() !== (source ?? "")) onSource(draft);
    setDraft(null);
  };
  return (
    <input
      type="text"
      className="outcome-source"
      aria-label={t("outcomeSource", { field })}
      placeholder={t("outcomeSourceHint")}
      maxLength={200}
      value={draft ?? source ?? ""}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit();
        else if (e.key === "Escape") setDraft(null);
      }}
    />
  );
}
