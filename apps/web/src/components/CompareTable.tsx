import { solutionLabel, type Simulation, type TargetEvaluation } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { differenceText, goalText, headlineCounts, projectedText, targetLabel } from "../format/targets";
import { VerdictBadge } from "./VerdictBadge";
import { ScrollRegion } from "./ScrollRegion";
import { neededSolution } from "../state/summary";

export interface CompareColumn {
  key: string;
  name: string;
  simulation: Simulation;
  /** The scenario's own colour (state/compareFacts.ts scenarioColor), as in the charts. */
  color?: string;
}

/** A target no compared scenario can judge yet: folded into one line at the end. */
const noData = (rows: Array<TargetEvaluation | undefined>) =>
  rows.every((e) => !e || e.verdict === "noData" || e.verdict === "undefined");

/**
 * Targets × scenarios: projected value, verdict, the rate still needed, and the difference from the
 * reference (first) scenario. Targets none of them can judge fold into one expandable line. On a
 * phone each row is a card (styles.css), each scenario's cell labelled with its name.
 */
export function CompareTable({ columns }: { columns: CompareColumn[] }) {
  const { lang, t } = useLang();
  const reference = columns[0];
  if (!reference) return null;
  const refProjection = reference.simulation.projection;
  // Rows: the reference's targets, then any target only another scenario has (its own formulas).
  const rows: TargetEvaluation[] = [...reference.simulation.evaluations];
  for (const c of columns.slice(1))
    for (const e of c.simulation.evaluations) if (!rows.some((r) => r.target.id === e.target.id)) rows.push(e);
  const byId = columns.map((c) => new Map(c.simulation.evaluations.map((e) => [e.target.id, e])));
  const judged = rows.filter((r) => !noData(byId.map((m) => m.get(r.target.id))));
  const unjudged = rows.filter((r) => noData(byId.map((m) => m.get(r.target.id))));
  return (
    <ScrollRegion label={t("compareTable")}>
      <table className="compare-table">
        <caption>{t("compareTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colTarget")}</th>
            <th scope="col" className="num">{t("colGoal")}</th>
            {columns.map((c, i) => (
              <th key={c.key} scope="col">
                {c.color && <span className="swatch" style={{ background: c.color }} aria-hidden="true" />}
                {c.name}
                {i === 0 && (
                  <>
                    {" "}
                    <span className="tag tag-reference">{t("reference")}</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="summary-row">
            <th scope="row">{t("metCount")}</th>
            <td />
            {columns.map((c) => {
              const n = headlineCounts(c.simulation.evaluations);
              return (
                <td key={c.key} className="num" data-label={c.name}>
                  {n.met}/{n.judged}
                  {n.circular > 0 && (
                    <span className="basis basis-circular">
                      {" "}
                      + {n.circular} {t("basisCircular")}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
          {judged.map((row) => {
            const refEval = byId[0]!.get(row.target.id);
            return (
              <tr key={row.target.id}>
                <th scope="row">{targetLabel(row.target, refProjection, lang)}</th>
                <td className="num" data-label={t("colGoal")}>{goalText(row.target, refProjection, lang)}</td>
                {columns.map((c, i) => {
                  const e = byId[i]!.get(row.target.id);
                  if (!e) return <td key={c.key} data-label={c.name}>–</td>;
                  const projection = c.simulation.projection;
                  const needed = neededSolution(e);
                  return (
                    <td key={c.key} className={e.target.active ? undefined : "inactive"} data-label={c.name}>
                      <div className="compare-cell">
                        <span className="num">{projectedText(e, projection, lang)}</span>
                        <VerdictBadge
                          verdict={e.verdict}
                          basis={e.basis}
                          measuredYears={e.measuredYears}
                          outcomeYears={e.outcomeYears}
                          backcastYears={e.backcastYears}
                        />
                        {!e.target.active && <span className="tag tag-unused">{t("notUsed")}</span>}
                        {needed && (
                          <span className="needed">
                            <span className="muted">{t("compareRequired")}:</span> {solutionLabel(needed, lang)}
                          </span>
                        )}
                        {i > 0 && refEval && Number.isFinite(e.projected) && Number.isFinite(refEval.projected) && (
                          <span className="diff">
                            {differenceText(e.projected, refEval.projected, e.target, projection, lang)}{" "}
                            <span className="muted">{t("diffVsReference")}</span>
                          </span>
                        )}
                      </div>
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {unjudged.length > 0 && (
            <tr className="nodata-row">
              <td colSpan={columns.length + 2}>
                <details>
                  <summary>
                    {t("noDataRows", { n: unjudged.length })} <span className="muted">({t("verdictNoData")})</span>
                  </summary>
                  <ul>
                    {unjudged.map((row) => (
                      <li key={row.target.id}>
                        {targetLabel(row.target, refProjection, lang)}: {goalText(row.target, refProjection, lang)}
                      </li>
                    ))}
                  </ul>
                </details>
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
