import { regionIndicators } from "@lotrinh/core";
import { TrajectoryChart } from "../TrajectoryChart.js";
import { describeChart } from "../describeChart.js";
import { chartTitle } from "../chartTitle.js";
import type { ChartInput } from "../types.js";
import { assumptionNotes, yearSpans } from "./assumptionNotes.js";
import { assumptionRows } from "./assumptionRows.js";
import { targetRows } from "./targetRows.js";
import { scorecard } from "./scorecard.js";
import { ScorecardSection } from "./ScorecardSection.js";
import { planOutcomeRows } from "./planOutcomeRows.js";
import { PlanOutcomeSection } from "./PlanOutcomeSection.js";
import { RiskSection } from "./RiskSection.js";
import { ChecksSection } from "./ChecksSection.js";
import { dateText } from "../sourceText.js";
import type { ReportInput } from "./types.js";
import { formatDate, reportWord } from "./words.js";

/** Key indicators drawn in a report, in order, when the region has them. */
export const REPORT_CHARTS = ["grdpGrowth", "grdpPerCapita", "budgetRevenue", "investment", "touristVisits", "tourismRevenue"];

/**
 * The printable report. Page 1: title and the leadership scorecard. Then the scenarios,
 * their assumptions, targets × scenarios, plan and outcome, the likelihood of the targets
 * (with risk runs), the key charts, the numbered sources and the notes on assumptions.
 */
export function ReportDocument({ region, scenarios, lang, date, chartWidth = 660, tornadoTarget }: ReportInput) {
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, lang);
  const indicators = regionIndicators(region);
  const rows = assumptionRows(indicators, scenarios, lang);
  const targets = targetRows(scenarios, lang);
  const notes = assumptionNotes(region, lang);
  const card = scorecard(scenarios, lang);
  const outcomes = planOutcomeRows(scenarios, lang);
  // Charts cite sources by the numbers of the report's sources list.
  const sourceOrder = region.sources.map((s) => s.id);
  const charts = REPORT_CHARTS.filter((id) => scenarios[0]?.simulation.projection.series[id]);
  const chartInput = (indicator: string): ChartInput => ({
    indicator,
    lang,
    width: chartWidth,
    // Two charts with their captions fit one A4 page (about 986 px of printable height).
    height: 340,
    idPrefix: `report-${indicator}`,
    sourceOrder,
    series: scenarios.map((s) => ({ key: s.key, label: s.name, color: s.color, projection: s.simulation.projection, evaluations: s.simulation.evaluations })),
  });
  const growthYears = region.term.base + 1 <= region.term.end ? Array.from({ length: region.term.end - region.term.base }, (_, i) => region.term.base + 1 + i) : [];
  const describe = (s: ReportInput["scenarios"][number]) => (lang === "en" ? s.scenario.descriptionEn ?? s.scenario.description : s.scenario.description) ?? "";
  const buoyancy = scenarios.map((s) => s.simulation.projection.input.revenueBuoyancy.toLocaleString(lang === "vi" ? "vi-VN" : "en-US"));
  return (
    <article className="report" lang={lang}>
      <div className="report-first-page">
        <header className="report-header">
          <p className="report-kicker">{w("title")}</p>
          <h1>{region.name[lang]}{region.parent ? `, ${region.parent[lang]}` : ""}</h1>
          <p>
            {w("term")} {region.term.base}–{region.term.end} · {w("date")}: <time dateTime={date.toISOString().slice(0, 10)}>{formatDate(date, lang)}</time>
          </p>
        </header>
        <ScorecardSection card={card} scenarios={scenarios} lang={lang} />
      </div>

      <section className="report-section">
        <h2>{w("scenarios")}</h2>
        <ol className="report-scenarios">
          {scenarios.map((s) => (
            <li key={s.key}>
              <strong>{s.name}</strong>
              {s.illustrative ? ` (${w("illustrative")})` : ""}
              {describe(s) ? ` — ${describe(s)}` : ""}
            </li>
          ))}
        </ol>
      </section>

      <section className="report-section">
        <h2>{w("assumptions")}</h2>
        <table className="report-table report-assumptions">
          <thead>
            <tr>
              <th scope="col">{w("indicator")}</th>
              <th scope="col">{w("scenario")}</th>
              {growthYears.map((y) => (
                <th scope="col" className="num" key={y}>{y}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.indicator}-${r.scenario}`} className={r.first ? "group-start" : undefined}>
                {r.first ? (
                  <th scope="rowgroup" rowSpan={scenarios.length}>{r.name}</th>
                ) : null}
                <td>{r.scenario}</td>
                {r.cells.map((c, k) => (
                  <td key={k} className={`num status-${c.status}`}>{c.text}{c.differs ? " *" : ""}</td>
                ))}
              </tr>
            ))}
            {scenarios.map((s, k) => (
              <tr key={`buoyancy-${s.key}`} className={k === 0 ? "group-start" : undefined}>
                {k === 0 ? <th scope="rowgroup" rowSpan={scenarios.length}>{w("buoyancy")}</th> : null}
                <td>{s.name}</td>
                <td className="num" colSpan={growthYears.length}>{buoyancy[k]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="report-legend">{w("legend")}</p>
      </section>

      <section className="report-section">
        <h2>{w("targets")}</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{w("indicator")}</th>
              <th scope="col">{w("target")}</th>
              {scenarios.map((s) => (
                <th scope="col" key={s.key}>{s.name}</th>
              ))}
              <th scope="col">{w("required")} ({scenarios[0]?.name})</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((t) => (
              <tr key={t.id} className={t.alternative ? "alternative" : undefined}>
                <th scope="row">
                  {t.label}
                  {t.alternative ? ` (${w("alternative")})` : ""}
                </th>
                <td className="num">{t.target}</td>
                {t.cells.map((c, k) => (
                  <td key={k} className="num">
                    {c.cls === "none" ? (
                      <span className="verdict verdict-none">{c.verdict}</span>
                    ) : (
                      <>
                        {c.projected}
                        <br />
                        <span className={`verdict verdict-${c.cls}`}>
                          {c.cls === "met" ? "✓ " : "✗ "}
                          {c.verdict}
                        </span>
                        <span className="basis"> · {c.basis}</span>
                        {c.difference ? <span className="difference"> ({c.difference})</span> : null}
                      </>
                    )}
                  </td>
                ))}
                <td className="num">{t.required}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <PlanOutcomeSection rows={outcomes} lang={lang} />

      <ChecksSection scenarios={scenarios} lang={lang} sourceOrder={sourceOrder} />

      <RiskSection scenarios={scenarios} lang={lang} chartWidth={chartWidth} sourceOrder={sourceOrder} tornadoTarget={tornadoTarget} />

      <section className="report-section report-charts">
        <h2>{w("charts")}</h2>
        {charts.map((id) => {
          const input = chartInput(id);
          return (
            <figure className="report-chart" key={id}>
              <h3 className="report-chart-title">{chartTitle(input)}</h3>
              <TrajectoryChart {...input} />
              <figcaption>{describeChart(input)}</figcaption>
            </figure>
          );
        })}
      </section>

      <section className="report-section">
        <h2>{w("sources")}</h2>
        <ol className="report-sources">
          {region.sources.map((s, i) => (
            <li key={s.id} value={i + 1}>
              [{i + 1}] {s.title[lang]} — {s.publisher}, {dateText(s.date, lang)}
            </li>
          ))}
        </ol>
      </section>

      <section className="report-section">
        <h2>{w("notes")}</h2>
        <ul className="report-notes">
          {notes.map((n, k) => (
            <li key={k}>
              <strong>{n.indicator}</strong>
              {n.years.length ? ` ${yearSpans(n.years)}` : ""}: {n.value} — {n.note}
            </li>
          ))}
          {scenarios
            .filter((s) => s.illustrative)
            .map((s) => (
              <li key={`s-${s.key}`}>
                <strong>{s.name}</strong>: {w("illustrative")}
                {describe(s) ? ` — ${describe(s)}` : ""}
              </li>
            ))}
        </ul>
      </section>
      <footer className="report-footer">{w("generated")} · {formatDate(date, lang)}</footer>
    </article>
  );
}
