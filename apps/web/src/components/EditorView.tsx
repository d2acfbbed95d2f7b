import { lazy, Suspense, useMemo } from "react";
import type { ChartSeriesInput } from "@lotrinh/charts";
import type { Scenario, Simulation } from "@lotrinh/core";
import type { LibraryScenario } from "../state/types";
import { useAfterCommit } from "../hooks/useAfterCommit";
import { InputsPanel } from "./InputsPanel";
import { TargetsPanel } from "./TargetsPanel";

// The charts (packages/charts with its d3 scales and paths) load as their own chunk, fetched at once
// beside the first screen: the summary and the targets, the answer, come first.
const ChartsPanel = lazy(() => import("./ChartsPanel").then((m) => ({ default: m.ChartsPanel })));
// Plan and outcome: a table below the targets, loaded after the first screen.
const PlanOutcomePanel = lazy(() => import("../outcomes/PlanOutcomePanel"));
const ChecksPanel = lazy(() => import("../checks/ChecksPanel"));
import { ErrorBoundary } from "./ErrorBoundary";
import { useLang } from "../i18n/LangContext";
import { useRisk } from "../probability/useRisk";
import { useNarrowScreen } from "../hooks/useNarrowScreen";
import { SummaryStrip } from "./SummaryStrip";
import { InputsArea } from "./InputsArea";

export interface EditorViewProps {
  active: LibraryScenario;
  base: Scenario;
  name: string;
  simulation: Simulation;
}

/** The answer first (summary strip), then targets and charts; the inputs on the left on wide screens, last on a phone. */
export function EditorView({ active, base, name, simulation }: EditorViewProps) {
  const { t } = useLang();
  const narrow = useNarrowScreen();
  // Probabilities, fans: the worker's run of the open scenario, a moment after each input.
  const risk = useRisk(simulation.projection.input.region, active.scenario);
  const risks = useMemo(() => [risk.report], [risk.report]);
  // The fans follow the probabilities by one render: the figures of a fresh run show first. Until
  // they are the newest input's, the charts draw them faded.
  const chartRisks = useAfterCommit(risks);
  const series: ChartSeriesInput[] = useMemo(
    () => [{ key: active.id, label: name, projection: simulation.projection, evaluations: simulation.evaluations }],
    [active.id, name, simulation],
  );
  // Wide screens: the left column, read (and tabbed) before the results. Phones: last, folded.
  const inputs = (
    <InputsArea narrow={narrow}>
      <ErrorBoundary part={t("partInputs")} resetKey={active.scenario}>
        <InputsPanel projection={simulation.projection} scenario={active.scenario} base={base} scenarioName={name} />
      </ErrorBoundary>
    </InputsArea>
  );
  return (
    <div className="editor-layout">
      <SummaryStrip simulation={simulation} risk={risk} />
      {!narrow && inputs}
      <div className="results">
        <ErrorBoundary part={t("partTargets")} resetKey={active.scenario}>
          <TargetsPanel simulation={simulation} risk={risk} scenarioName={name} />
        </ErrorBoundary>
        <ErrorBoundary part={t("partCharts")} resetKey={active.scenario}>
          <Suspense fallback={<p className="hint charts-loading">{t("loading")}</p>}>
            <ChartsPanel series={series} idPrefix="editor" risks={chartRisks} fansStale={risk.stale || chartRisks !== risks} />
          </Suspense>
        </ErrorBoundary>
        <Suspense fallback={null}>
          <PlanOutcomePanel simulation={simulation} fileStem={simulation.projection.input.region.id} />
          <ChecksPanel projection={simulation.projection} />
        </Suspense>
      </div>
      {narrow && inputs}
    </div>
  );
}
