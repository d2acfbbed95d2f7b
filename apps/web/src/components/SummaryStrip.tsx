import { memo, useMemo } from "react";
import { formatPercent, solutionLabel, type Projection, type Simulation, type TargetEvaluation } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { gapText, targetLabel } from "../format/targets";
import { neededSolution, summaryTargets } from "../state/summary";
import { probabilitiesOf, type RiskState } from "../probability/riskState";
import { VerdictBadge } from "./VerdictBadge";
import { sameEvaluation } from "./TargetRow";

export interface SummaryStripProps {
  simulation: Simulation;
  risk?: RiskState;
}

function showTargets() {
  document.getElementById("targets-heading")?.scrollIntoView({ block: "start" });
}

/**
 * The answer first: each priority target's verdict, its probability once the Monte Carlo run is
 * in, the gap, and the rate the remaining years need. It links to the full targets table.
 */
export const SummaryStrip = memo(function SummaryStrip({ simulation, risk }: SummaryStripProps) {
  const { t } = useLang();
  const items = useMemo(() => summaryTargets(simulation.evaluations), [simulation.evaluations]);
  const probabilities = useMemo(() => probabilitiesOf(risk?.report), [risk?.report]);
  const projection = simulation.projection;
  return (
    <section className="summary-strip" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="summary-title">
        {t("summaryTitle")}
      </h2>
      {items.length === 0 ? (
        <p className="hint">{t("summaryEmpty")}</p>
      ) : (
        // An older input's figures dim through the list, so that a run turning stale re-renders no item.
        <ul className="summary-list" aria-busy={!!risk?.stale || undefined}>
          {items.map((e) => (
            <SummaryItem
              key={e.target.id}
              evaluation={e}
              projection={projection}
              probability={probabilities.get(e.target.id)}
            />
          ))}
        </ul>
      )}
      {/* A button, not a #fragment link: the address's fragment is the app's state. */}
      <button type="button" className="link-button summary-more" onClick={showTargets}>
        {t("summaryMore")}
      </button>
    </section>
  );
});

interface SummaryItemProps {
  evaluation: TargetEvaluation;
  projection: Projection;
  probability: number | null | undefined;
}

/** One priority target's line; memoised by what it shows, so a slider's move redraws only the targets it changes. */
const SummaryItem = memo(
  function SummaryItem({ evaluation: e, projection, probability: p }: SummaryItemProps) {
    const { lang, t } = useLang();
    const needed = neededSolution(e);
    const judged = e.verdict !== "noData" && e.verdict !== "undefined";
    return (
      <li className="summary-item" data-target={e.target.id} data-verdict={e.verdict}>
        <span className="summary-label">{targetLabel(e.target, projection, lang)}</span>
        <VerdictBadge verdict={e.verdict} basis={e.basis} />
        <span className="summary-facts">
          {typeof p === "number" && (
            <span className="summary-probability">
              {t("summaryProbability", { p: formatPercent(p, lang, 0) })}
            </span>
          )}
          {judged && <span className="summary-gap">{t("summaryGap", { gap: gapText(e, projection, lang) })}</span>}
          {needed && <span className="summary-needed">{t("summaryNeeded", { rate: solutionLabel(needed, lang) })}</span>}
        </span>
      </li>
    );
  },
  (a, b) =>
    a.probability === b.probability &&
    a.projection.input.region === b.projection.input.region &&
    sameEvaluation(a.evaluation, b.evaluation),
);
