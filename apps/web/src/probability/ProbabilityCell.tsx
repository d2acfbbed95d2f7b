import { formatPercent } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import "./probabilityCell.css";

export interface ProbabilityCellProps {
  /** Share of paths meeting the target; null: nothing to judge; undefined: no run yet. */
  probability: number | null | undefined;
  /** The run is for an older input: the figure is shown dimmed until the new one arrives. */
  stale: boolean;
  target: string;
  title: string;
}

/** "62 %" with a small bar: the probability that the target is met, from the Monte Carlo run. */
export function ProbabilityCell({ probability: p, stale, target, title }: ProbabilityCellProps) {
  const { lang, t } = useLang();
  if (p === undefined) return <span className="probability probability-pending">{t("probabilityPending")}</span>;
  if (p === null) return <span className="probability">{t("probabilityNone")}</span>;
  const pct = formatPercent(p, lang, 0);
  return (
    <span className={`probability${stale ? " probability-stale" : ""}`} title={title || t("probabilityOf", { target, pct })} data-probability={p} aria-busy={stale || undefined}>
      {/* The column header (targets) or the row and column (scorecard) name it for a screen reader. */}
      <span className="probability-value">{pct}</span>
      <span className="probability-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(p * 100)}%` }} />
      </span>
    </span>
  );
}
