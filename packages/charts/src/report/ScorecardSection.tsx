import type { Lang } from "@lotrinh/core";
import { verdictClass } from "../verdictText.js";
import type { Scorecard } from "./scorecard.js";
import type { ReportScenario } from "./types.js";
import { reportWord } from "./words.js";

/** The report's first page: one headline a scenario, then priority targets × scenarios. */
export function ScorecardSection({ card, scenarios, lang }: { card: Scorecard; scenarios: readonly ReportScenario[]; lang: Lang }) {
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, lang);
  const risk = scenarios.some((s) => s.risk);
  return (
    <section className="report-section report-scorecard">
      <h2>{card.selection === "priority" ? w("scorecard") : w("scorecardEconomic")}</h2>
      <ul className="scorecard-headlines">
        {card.headlines.map((h, k) => (
          <li key={k}>{h}</li>
        ))}
      </ul>
      <table className="report-table scorecard-table">
        <thead>
          <tr>
            <th scope="col">{w("indicator")}</th>
            {scenarios.map((s) => (
              <th scope="col" key={s.key}>{s.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {card.rows.map((r) => (
            <tr key={r.id} data-target={r.id}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, k) => (
                <td key={k} className={`scorecard-cell basis-${c.basis}`}>
                  <span className={`verdict verdict-${verdictClass(c.verdict)}`}>
                    {verdictClass(c.verdict) === "met" ? "✓ " : verdictClass(c.verdict) === "missed" ? "✗ " : ""}
                    {c.verdictText}
                  </span>
                  <span className="basis"> · {c.basisText}</span>
                  <br />
                  <span className="probability">{w("probability")}: {c.probabilityText}</span>
                  <span className="difference"> · {w("gap")}: {c.gap}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-legend">
        {w("scorecardNote")}
        {risk ? "" : ` ${w("scorecardNoRisk")}`}
        {card.noData ? ` ${card.noData} ${card.selection === "priority" ? w("noDataCount") : w("noDataCountEconomic")}.` : ""}
      </p>
    </section>
  );
}
