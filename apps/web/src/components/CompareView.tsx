import { useMemo } from "react";
import type { ChartSeriesInput, ReportScenario } from "@lotrinh/charts";
import type { Library, RegionBundle } from "../state/types";
import { findScenario, regionScenarioList, scenarioName } from "../state/library";
import { useSimulations } from "../hooks/useSimulation";
import { useActions } from "../state/AppContext";
import { useLang } from "../i18n/LangContext";
import { ComparePicker } from "./ComparePicker";
import { CompareTable, type CompareColumn } from "./CompareTable";
import { ChartsPanel } from "./ChartsPanel";
import { Scorecard } from "../probability/Scorecard";
import { useRiskRuns } from "../probability/useRiskRuns";
import { backcastDifference, scenarioColor } from "../state/compareFacts";
import { indicatorName } from "../format/targets";

export interface CompareViewProps {
  bundle: RegionBundle;
  library: Library;
  compare: string[];
}

/** Leadership's view: 2–4 scenarios overlaid on the charts, and targets × scenarios beside them. */
export default function CompareView({ bundle, library, compare }: CompareViewProps) {
  const { lang, t } = useLang();
  const { dispatch } = useActions();
  const all = useMemo(() => regionScenarioList(bundle, library), [bundle, library]);
  const allIds = useMemo(() => all.map((s) => s.id), [all]);
  const chosen = useMemo(
    () => compare.map((id) => findScenario(bundle, library, id)).filter((s) => s !== undefined),
    [bundle, library, compare],
  );
  const scenarios = useMemo(() => chosen.map((s) => s.scenario), [chosen]);
  const sims = useSimulations(bundle.region, scenarios);
  const { columns, errors } = useMemo(() => {
    const columns: CompareColumn[] = [];
    const errors: string[] = [];
    chosen.forEach((s, i) => {
      const r = sims[i]!.result;
      if (r.ok) columns.push({ key: s.id, name: scenarioName(s.scenario, lang), simulation: r.value, color: scenarioColor(allIds, s.id) });
      else errors.push(`${scenarioName(s.scenario, lang)}: ${r.error}`);
    });
    return { columns, errors };
  }, [chosen, sims, lang, allIds]);
  const ok = useMemo(() => chosen.filter((_, i) => sims[i]!.result.ok), [chosen, sims]);
  const runs = useRiskRuns(bundle.region, ok.map((s) => s.scenario));
  // The scorecard reads the columns as the report's scenarios, each with its Monte Carlo run once it is back.
  const card: ReportScenario[] = useMemo(
    () =>
      columns.map((c, i) => ({
        key: c.key,
        name: c.name,
        illustrative: !!ok[i]!.scenario.illustrative,
        scenario: ok[i]!.scenario,
        simulation: c.simulation,
        risk: runs.reports[i],
      })),
    [columns, ok, runs.reports],
  );
  const series: ChartSeriesInput[] = useMemo(
    () =>
      columns.map((c) => ({
        key: c.key,
        label: c.name,
        color: c.color,
        projection: c.simulation.projection,
        evaluations: c.simulation.evaluations,
      })),
    [columns],
  );
  // Said in words: where the scenarios' pasts differ only because each is back-cast with its own rates.
  const backcast = useMemo(() => backcastDifference(columns.map((c) => c.simulation.projection)), [columns]);
  const backcastYears = backcast.indicators
    .map((i) => `${indicatorName(columns[0]!.simulation.projection, i.id, lang)} (${i.years.join(", ")})`)
    .join("; ");
  return (
    <div className="compare-view">
      {/* One screen for a leader first: the scorecard; then the choice of scenarios, every target, the charts. */}
      {columns.length >= 1 && <Scorecard scenarios={card} pending={runs.pending} />}
      <section className="panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t("compareTitle")}</h2>
        <ComparePicker
          scenarios={all}
          selected={compare}
          onChange={(ids) => dispatch({ type: "setCompare", ids })}
          colorOf={(id) => scenarioColor(allIds, id)}
        />
        {errors.map((e) => (
          <p key={e} className="notice notice-error" role="alert">
            {t("simulationError", { error: e })}
          </p>
        ))}
        {columns.length >= 2 && backcastYears && (
          <p className="notice notice-info backcast-note">
            {t(backcast.only ? "backcastOnly" : "backcastAlso", { years: backcastYears })}
          </p>
        )}
        {columns.length < 2 ? <p className="hint">{t("compareNeedTwo")}</p> : <CompareTable columns={columns} />}
      </section>
      {columns.length >= 2 && <ChartsPanel series={series} idPrefix="compare" risks={runs.reports} />}
    </div>
  );
}
