import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import type { Simulation, Solution } from "@lotrinh/core";
import { groupTargets } from "../state/targetGroups";
import { headlineCounts, targetLabel } from "../format/targets";
import { editAction } from "../state/actions";
import { useActions } from "../state/AppContext";
import { useLang } from "../i18n/LangContext";
import { TargetGroupTable } from "./TargetGroupTable";
import type { RiskState } from "../probability/riskState";
import { TableRiskProvider, useTableRisk } from "../probability/TargetProbability";

// The "Độ nhạy" (tornado) dialog loads when a row first opens it.
const TornadoDialog = lazy(() => import("../probability/TornadoDialog"));

/** Every target of the region by category, with verdicts and the rates still needed. */
export function TargetsPanel({ simulation, risk, scenarioName = "" }: { simulation: Simulation; risk?: RiskState; scenarioName?: string }) {
  const { lang, t } = useLang();
  const [tornado, setTornado] = useState<string | null>(null);
  const tableRisk = useTableRisk(risk);
  const { dispatch } = useActions();
  const groups = useMemo(() => groupTargets(simulation.evaluations), [simulation.evaluations]);
  const counts = headlineCounts(simulation.evaluations);
  const onApply = useCallback(
    (indicator: string, solution: Solution) => dispatch(editAction({ kind: "applyRequired", indicator, solution })),
    [dispatch],
  );
  const onChoose = useCallback(
    (group: string, option: string) => dispatch(editAction({ kind: "reading", group, option })),
    [dispatch],
  );
  const projection = simulation.projection;
  const open = tornado ? simulation.evaluations.find((e) => e.target.id === tornado) : undefined;
  return (
    <section className="panel targets-panel" aria-labelledby="targets-heading">
      <div className="panel-head">
        <h2 id="targets-heading">{t("targets")}</h2>
        <p className="summary">{counts.circular
            ? t("targetsSummaryCircular", { met: counts.met, total: counts.judged, circular: counts.circular })
            : t("targetsSummary", { met: counts.met, total: counts.judged })}</p>
      </div>
      {/* Each row's probability cell reads the run from here, so that a run landing re-renders only the cells.
          A run of an older input is said once, here: its figures dim, and the tables are busy until the new one lands. */}
      <TableRiskProvider value={tableRisk}>
        <div className="target-tables" aria-busy={(!!risk?.stale && tableRisk.answered) || undefined}>
          {groups.map((g) => (
            <TargetGroupTable
              key={g.category}
              category={g.category}
              items={g.items}
              projection={projection}
              onApply={onApply}
              onChoose={onChoose}
              onSensitivity={setTornado}
            />
          ))}
        </div>
      </TableRiskProvider>
      {risk?.error && <p className="notice notice-error">{t("probabilityError", { error: risk.error })}</p>}
      {open && (
        <Suspense fallback={null}>
          <TornadoDialog
            evaluation={open}
            projection={projection}
            scenarioName={scenarioName}
            title={`${t("sensitivity")}: ${targetLabel(open.target, projection, lang)}`}
            onClose={() => setTornado(null)}
          />
        </Suspense>
      )}
    </section>
  );
}
