import type { Lang } from "@lotrinh/core";
import { TrajectoryChart } from "../TrajectoryChart.js";
import { describeChart } from "../describeChart.js";
import { chartTitle } from "../chartTitle.js";
import { TornadoChart } from "../tornado/TornadoSvg.js";
import { describeTornado } from "../tornado/tornadoText.js";
import type { ChartInput } from "../types.js";
import { riskRows, tornadoTargetOf } from "./riskRows.js";
import type { ReportScenario } from "./types.js";
import { reportWord } from "./words.js";

/** Indicators whose fans the report draws, in order, when the region has them. */
export const REPORT_FANS = ["grdpGrowth", "grdpPerCapita", "budgetRevenue"];

interface Props {
  scenarios: readonly ReportScenario[];
  lang: Lang;
  chartWidth: number;
  sourceOrder: readonly string[];
  tornadoTarget?: string;
}

/** "Khả năng đạt chỉ tiêu": probabilities per target and scenario, fans of the key indicators, one tornado. */
export function RiskSection({ scenarios, lang, chartWidth, sourceOrder, tornadoTarget }: Props) {
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, lang);
  const first = scenarios[0];
  if (!first?.risk) return null;
  const rows = riskRows(scenarios, lang);
  const settings = first.risk.risk.settings;
  const fans = REPORT_FANS.filter((id) => first.simulation.projection.series[id] && first.risk!.risk.fans.some((f) => f.id === id));
  const fanInput = (indicator: string): ChartInput => ({
    indicator,
    lang,
    width: chartWidth,
    height: 340,
    idPrefix: `report-fan-${indicator}`,
    view: "level",
    sourceOrder,
    series: [{
      key: first.key,
      label: first.name,
      projection: first.simulation.projection,
      evaluations: first.simulation.evaluations,
      fan: first.risk!.risk.fans.find((f) => f.id === indicator)!,
    }],
  });
  const tornadoId = tornadoTargetOf(first, tornadoTarget);
  const evaluation = first.simulation.evaluations.find((e) => e.target.id === tornadoId);
  const sensitivity = first.risk.sensitivity.find((s) => s.id === tornadoId);
  const tornado = evaluation && sensitivity
    ? { evaluation, sensitivity, projection: first.simulation.projection, scenario: first.name, lang, width: chartWidth, idPrefix: "report-tornado" }
    : undefined;
  return (
    <section className="report-section report-risk">
      <h2>{w("risk")}</h2>
      <p className="report-legend">
        {w("riskNote")} {w("riskSettings")}: {settings.paths.toLocaleString(lang === "vi" ? "vi-VN" : "en-US")} {w("paths")}, {w("seed")} {settings.seed}.
      </p>
      <table className="report-table report-probabilities">
        <thead>
          <tr>
            <th scope="col">{w("indicator")}</th>
            {scenarios.map((s) => (
              <th scope="col" className="num" key={s.key}>{w("probability")} · {s.name}</th>
            ))}
            <th scope="col" className="num">{w("range")} ({first.name})</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {r.probabilities.map((p, k) => (
                <td className="num" key={k}>{p}</td>
              ))}
              <td className="num">{r.range}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {fans.length ? <h3 className="report-subheading">{w("fans")} ({first.name})</h3> : null}
      {fans.map((id) => {
        const input = fanInput(id);
        return (
          <figure className="report-chart report-fan" key={id}>
            <h4 className="report-chart-title">{chartTitle(input)}</h4>
            <TrajectoryChart {...input} />
            <figcaption>{describeChart(input)}</figcaption>
          </figure>
        );
      })}
      {tornado ? (
        <figure className="report-chart report-tornado">
          <h3 className="report-chart-title">{w("tornado")}</h3>
          <TornadoChart {...tornado} />
          <figcaption>{describeTornado(tornado)}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}
