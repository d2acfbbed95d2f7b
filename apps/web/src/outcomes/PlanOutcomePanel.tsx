import { memo, useMemo, useState } from "react";
import type { Simulation } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { useSettled } from "./useSettled";
import { saveFile } from "../export/saveFile";
import { ScrollRegion } from "../components/ScrollRegion";
import { planVsOutcome } from "./planVsOutcome";
import { planCsv, planTableCells, planTableColumns } from "./planTable";
import { planWord } from "./planWords";
import "./plan.css";

interface Props {
  simulation: Simulation;
  fileStem: string;
}

/**
 * "Kế hoạch và thực hiện": the table of plan figures with outcomes, and its CSV file. Loaded lazily;
 * it follows slider input when the drag pauses, so that the drag's frames stay short.
 */
export default function PlanOutcomePanel(props: Props) {
  const simulation = useSettled(props.simulation);
  return <PlanOutcomeTable simulation={simulation} fileStem={props.fileStem} />;
}

const PlanOutcomeTable = memo(function PlanOutcomeTable({ simulation, fileStem }: Props) {
  const { lang } = useLang();
  const [status, setStatus] = useState("");
  const rows = useMemo(() => planVsOutcome(simulation.projection, simulation.evaluations), [simulation]);
  const cells = planTableCells(rows, simulation.projection, lang);
  const columns = planTableColumns(lang);
  const onCsv = () => {
    const file = `${fileStem}-${planWord(lang, "csvFile")}.csv`;
    saveFile(new Blob([planCsv(rows, simulation.projection, lang)], { type: "text/csv;charset=utf-8" }), file);
    setStatus(planWord(lang, "saved", { file }));
  };
  return (
    <section className="panel plan-outcome" aria-labelledby="plan-outcome-heading">
      <div className="panel-head">
        <h2 id="plan-outcome-heading">{planWord(lang, "title")}</h2>
        {rows.length > 0 && (
          <button type="button" className="button small" onClick={onCsv}>
            {planWord(lang, "csv")}
          </button>
        )}
      </div>
      <p className="hint">{planWord(lang, rows.length ? "intro" : "empty")}</p>
      <p className="export-status" role="status">
        {status}
      </p>
      {rows.length > 0 && (
        <ScrollRegion label={planWord(lang, "title")}>
          <table className="plan-table">
            <caption className="visually-hidden">{planWord(lang, "title")}</caption>
            <thead>
              <tr>
                {columns.map((c, j) => (
                  <th key={c} scope="col" className={j >= 3 && j !== 5 && j !== 6 ? "num" : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cells.map((r, i) => (
                <tr key={i} data-status={rows[i]!.status} data-ratio={rows[i]!.ratio}>
                  <th scope="row">{r[0]}</th>
                  {r.slice(1).map((c, j) => (
                    <td key={j} className={j + 1 >= 3 && j + 1 !== 5 && j + 1 !== 6 ? "num" : undefined}>
                      {j + 1 === 5 ? <span className={`status status-${rows[i]!.status === "estimate" ? "estimate" : "actual"}`}>{c}</span> : c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
});
