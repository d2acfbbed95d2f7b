import { solutionLabel, solutionReason, type Solution, type Verdict } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { applyChangesVerdict } from "../state/summary";

export interface RequiredRateProps {
  solution: Solution;
  /** The target's verdict now: Apply is offered only where it would turn a miss into a met target. */
  verdict: Verdict;
  /** What the rate is ("GRDP growth"), shown before it when a target has two answers. */
  prefix?: string;
  applyLabel: string;
  onApply: () => void;
}

/**
 * "14,63 %/năm (2024–2025)" with an Apply button for a missed target; "đã vượt" for an exceeded
 * one (its required rate is below what is planned, often negative: not a rate to apply);
 * "đã đạt" / "không thể đạt" / "–" otherwise.
 */
export function RequiredRate({ solution, verdict, prefix, applyLabel, onApply }: RequiredRateProps) {
  const { lang, t } = useLang();
  const title = solution.status === "solved" ? undefined : solutionReason(solution, lang);
  const exceeded = verdict === "exceeded";
  const label = exceeded ? t("exceededNote") : solutionLabel(solution, lang);
  return (
    <div className="required" data-status={exceeded ? "exceeded" : solution.status}>
      <span title={exceeded && solution.status === "solved" ? solutionLabel(solution, lang) : title}>
        {prefix && <span className="muted">{prefix} </span>}
        {label}
      </span>
      {applyChangesVerdict({ verdict }, solution) && (
        <button type="button" className="button small" aria-label={applyLabel} onClick={onApply}>
          {t("apply")}
        </button>
      )}
    </div>
  );
}
