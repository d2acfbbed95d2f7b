import { useState } from "react";
import { useLang } from "../i18n/LangContext";
import type { OutcomeKind } from "./edits";
import "./outcomes.css";

export interface OutcomeToggleProps {
  /** "<indicator> <year>", to name the controls. */
  field: string;
  /** An outcome of the region's sources: shown, not changed. */
  fixed: boolean;
  fixedKind: "actual" | "estimate";
  kind: OutcomeKind;
  source?: string;
  onKind: (kind: OutcomeKind) => void;
  onSource: (source: string) => void;
}

const KINDS: readonly OutcomeKind[] = ["none", "estimate", "actual"];
const LABEL = { none: "outcomeNone", estimate: "outcomeEstimate", actual: "outcomeActual" } as const;

/**
 * "giả định" / "ước thực hiện" / "thực hiện" for one year, and the source of an
 * outcome (committed on Enter or when the field is left). Two grid cells of the row.
 */
export function OutcomeToggle({ field, fixed, fixedKind, kind, source, onKind, onSource }: OutcomeToggleProps) {
  const { t } = useLang();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = fixed ? fixedKind : kind;
  const commit = () => {
    if (draft !== null && draft.trim() !== (source ?? "")) onSource(draft);
    setDraft(null);
  };
  return (
    <>
      <select
        className="outcome-toggle"
        data-kind={shown}
        aria-label={t("outcomeStatus", { field })}
        value={shown}
        disabled={fixed}
        onChange={(e) => onKind(e.currentTarget.value as OutcomeKind)}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(LABEL[k])}
          </option>
        ))}
      </select>
      {!fixed && kind !== "none" && (
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
      )}
    </>
  );
}
