import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { formatNumber, type Simulation, type Solution } from "@lotrinh/core";
import { groupTargets } from "../state/targetGroups";
import { headlineCounts, targetLabel } from "../format/targets";
import { editAction } from "../state/actions";
import { useActions } from "../state/AppContext";
import { useLang } from "../i18n/LangContext";
import { TargetRow } from "./TargetRow";
import { ReadingChoice } from "./ReadingChoice";
import { ScrollRegion } from "./ScrollRegion";
import { probabilitiesOf, type RiskState } from "../probability/riskState";

// The "Độ nhạy" (tornado) dialog loads when a row first opens it.
const TornadoDialog = lazy(() => import("../probability/TornadoDialog"));

/** Every target of the region by category, with verdicts and the rates still needed. */
export function TargetsPanel({ simulation, risk, scenarioName = "" }: { simulation: Simulation; risk?: RiskState; scenarioName?: string }) {
  const { lang, t } = useLang();
  const [tornado, setTornado] = useState<string | null>(null);
  const probabilities = useMemo(() => probabilitiesOf(risk?.report), [risk?.report]);
  // Once a run, not on every input: number formatting (Intl) is not free on the slider's path.
  const report = risk?.report;
  const runTitle = useMemo(
    () =>
      report
        ? t("probabilityTitle", { paths: formatNumber(report.risk.settings.paths, lang, 0), seed: report.risk.settings.seed })
        : "",
    [report, lang, t],
  );
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
  const rowRisk = (id: string) => ({
    // No run wired (undefined risk) or a failed run: nothing to show; a run under way: "đang tính…".
    probability: !risk || risk.error ? null : risk.report ? probabilities.get(id) : undefined,
    probabilityStale: !!risk?.stale,
    probabilityTitle: runTitle,
    onSensitivity: setTornado,
  });
  const open = tornado ? simulation.evaluations.find((e) => e.target.id === tornado) : undefined;
  return (
    <section className="panel targets-panel" aria-labelledby="targets-heading">
      <div className="panel-head">
        <h2 id="targets-heading">{t("targets")}</h2>
        <p className="summary">{counts.circular
            ? t("targetsSummaryCircular", { met: counts.met, total: counts.judged, circular: counts.circular })
            : t("targetsSummary", { met: counts.met, total: counts.judged })}</p>
      </div>
      {groups.map((g) => (
        <ScrollRegion key={g.category} label={`${t("targets")}: ${t(g.category)}`}>
          <table className="targets-table">
            <caption>{t(g.category)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colTarget")}</th>
                <th scope="col" className="num">{t("colGoal")}</th>
                <th scope="col" className="num">{t("colProjected")}</th>
                <th scope="col">{t("colVerdict")}</th>
                <th scope="col" className="num">{t("colProbability")}</th>
                <th scope="col" className="num">{t("colGap")}</th>
                <th scope="col">{t("colRequired")}</th>
              </tr>
            </thead>
            {g.items.map((item) =>
              item.type === "single" ? (
                <tbody key={item.evaluation.target.id}>
                  <TargetRow evaluation={item.evaluation} projection={projection} onApply={onApply} {...rowRisk(item.evaluation.target.id)} />
                </tbody>
              ) : (
                <tbody key={item.group} className="reading-group">
                  <tr>
                    <td colSpan={7}>
                      <ReadingChoice group={item.group} evaluations={item.evaluations} projection={projection} onChoose={onChoose} />
                    </td>
                  </tr>
                  {item.evaluations.map((e) => (
                    <TargetRow key={e.target.id} evaluation={e} projection={projection} onApply={onApply} {...rowRisk(e.target.id)} />
                  ))}
                </tbody>
              ),
            )}
          </table>
        </ScrollRegion>
      ))}
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
