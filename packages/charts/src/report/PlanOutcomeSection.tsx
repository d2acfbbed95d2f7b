import { STATUS_LABELS, type Lang } from "@lotrinh/core";
import type { PlanOutcomeRow } from "./planOutcomeRows.js";
import { reportWord } from "./words.js";

/** "Kế hoạch và thực hiện": plan figures of years with outcomes, as Vietnamese reviews state results. */
export function PlanOutcomeSection({ rows, lang }: { rows: readonly PlanOutcomeRow[]; lang: Lang }) {
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, lang);
  if (!rows.length) return null;
  return (
    <section className="report-section report-plan-outcome">
      <h2>{w("planOutcome")}</h2>
      <p className="report-legend">{w("planOutcomeNote")}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{w("indicator")}</th>
            <th scope="col">{w("year")}</th>
            <th scope="col" className="num">{w("plan")}</th>
            <th scope="col" className="num">{w("outcome")}</th>
            <th scope="col" className="num">{w("difference")}</th>
            <th scope="col">{w("share")}</th>
            <th scope="col">{w("scenario")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <th scope="row">
                {r.indicator} <span className="difference">({r.kind === "target" ? w("targetFigure") : w("planFigure")})</span>
              </th>
              <td>{r.years}</td>
              <td className="num">{r.plan}</td>
              <td className="num">
                {r.outcome} <span className="difference">({STATUS_LABELS[r.status][lang]})</span>
              </td>
              <td className="num">{r.difference}</td>
              <td>{r.share}</td>
              <td>{r.scenarios}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
