import { useMemo } from "react";
import { scorecard, type ReportScenario } from "@lotrinh/charts";
import { useLang } from "../i18n/LangContext";
import { VerdictBadge } from "../components/VerdictBadge";
import { ProbabilityCell } from "./ProbabilityCell";
import { riskWord } from "./words";
import "./scorecard.css";

export interface ScorecardProps {
  /** The compared scenarios, the reference first, each with its Monte Carlo run when it has arrived. */
  scenarios: ReportScenario[];
  /** Some run is still under way (or of an older input). */
  pending: boolean;
}

/**
 * The compare view's first screen, for a leader in two minutes: one headline a scenario in
 * words, then the priority targets × the scenarios (verdict with its basis, probability, gap),
 * the targets whose probability differs most between the scenarios first. The rows and
 * headlines are the report's first page (charts' `scorecard`); printing the compare view
 * prints this alone, on one A4 page.
 */
export function Scorecard({ scenarios, pending }: ScorecardProps) {
  const { lang } = useLang();
  const w = (k: Parameters<typeof riskWord>[1], p?: Record<string, string | number>) => riskWord(lang, k, p);
  const card = useMemo(() => scorecard(scenarios, lang), [scenarios, lang]);
  const run = scenarios.find((s) => s.risk)?.risk?.risk.settings;
  const hasRisk = scenarios.every((s) => s.risk);
  return (
    <section className="panel scorecard" aria-labelledby="scorecard-heading">
      <div className="panel-head">
        <h2 id="scorecard-heading">{w("scorecardTitle")}</h2>
        <button type="button" className="button small scorecard-print" onClick={() => window.print()}>
          {w("scorecardPrint")}
        </button>
      </div>
      <ul className="scorecard-headlines" aria-live="polite">
        {card.headlines.map((h, k) => (
          <li key={scenarios[k]!.key}>{h}</li>
        ))}
      </ul>
      <p className="hint">{w("scorecardIntro")}</p>
      <table className="scorecard-table">
        <thead>
          <tr>
            <th scope="col">{w("scorecardTarget")}</th>
            {scenarios.map((s) => (
              <th key={s.key} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {card.rows.map((r) => (
            <tr key={r.id} data-target={r.id} data-spread={r.spread ?? undefined}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, k) => (
                <td key={scenarios[k]!.key}>
                  <div className="scorecard-cell">
                    <VerdictBadge verdict={c.verdict} basis={c.basis} />
                    <ProbabilityCell
                      probability={hasRisk || scenarios[k]!.risk ? c.probability : pending ? undefined : null}
                      stale={pending}
                      target={`${r.label}, ${scenarios[k]!.name}`}
                      title=""
                    />
                    <span className="scorecard-gap">
                      {w("scorecardGap")}: {c.gap}
                    </span>
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint scorecard-foot">
        {card.noData > 0 && `${w("scorecardNoData", { n: card.noData })} `}
        {run ? w("scorecardRun", { paths: run.paths.toLocaleString(lang === "vi" ? "vi-VN" : "en-US"), seed: run.seed }) : pending ? w("scorecardPending") : ""}
      </p>
    </section>
  );
}
