import { solutionLabel, type Solution } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";

export interface RequiredRateProps {
  solution: Solution;
  /** What the rate is ("GRDP growth"), shown before it when a target has two answers. */
  prefix?: string;
  applyLabel: string;
  onApply: () => void;
}

/** "14,63 %/năm (2024–2025)" with an Apply button, or "đã đạt" / "không thể đạt" / "–". */
export function RequiredRate({ solution, prefix, applyLabel, onApply }: RequiredRateProps) {
  const { lang, t } = useLang();
  const title = solution.status === "solved" ? undefined : solution.reason;
  return (
    <div className="required">
      <span title={title}>
        {prefix && <span className="muted">{prefix} </span>}
        {solutionLabel(solution, lang)}
      </span>
      {solution.status === "solved" && (
        <button type="button" className="button small" aria-label={applyLabel} onClick={onApply}>
          {t("apply")}
        </button>
      )}
    </div>
  );
}
