import { memo } from "react";
import { formatPercent, type Lang } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import "./probabilityCell.css";

export interface ProbabilityCellProps {
  /** Share of paths meeting the target; null: nothing to judge; undefined: no run yet. */
  probability: number | null | undefined;
  /**
   * The run is for an older input: the figure is shown dimmed until the new one arrives. The
   * editor's tables say it once for all their cells instead (TargetsPanel).
   */
  stale?: boolean;
  target: string;
  title: string;
}

/**
 * "62 %" with a small bar: the probability that the target is met, from the Monte Carlo run.
 * A run turning stale changes only the outer span (dimmed, aria-busy): the figure and its bar,
 * memoised, are left as they are, so the first key press after a run stays cheap.
 */
export function ProbabilityCell({ probability: p, stale = false, target, title }: ProbabilityCellProps) {
  const { lang, t } = useLang();
  if (p === undefined) return <span className="probability probability-pending">{t("probabilityPending")}</span>;
  if (p === null) return <span className="probability">{t("probabilityNone")}</span>;
  return (
    <span
      className={`probability${stale ? " probability-stale" : ""}`}
      title={title || t("probabilityOf", { target, pct: formatPercent(p, lang, 0) })}
      data-probability={p}
      aria-busy={stale || undefined}
    >
      <ProbabilityFigure p={p} lang={lang} />
    </span>
  );
}

const ProbabilityFigure = memo(function ProbabilityFigure({ p, lang }: { p: number; lang: Lang }) {
  return (
    <>
      {/* The column header (targets) or the row and column (scorecard) name it for a screen reader. */}
      <span className="probability-value">{formatPercent(p, lang, 0)}</span>
      <span className="probability-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(p * 100)}%` }} />
      </span>
    </>
  );
});
