import { useCallback, useMemo } from "react";
import type { Simulation, Solution } from "@lotrinh/core";
import { groupTargets } from "../state/targetGroups";
import { headlineCounts } from "../format/targets";
import { editAction } from "../state/actions";
import { useActions } from "../state/AppContext";
import { useLang } from "../i18n/LangContext";
import { TargetRow } from "./TargetRow";
import { ReadingChoice } from "./ReadingChoice";
import { ScrollRegion } from "./ScrollRegion";

/** Every target of the region by category, with verdicts and the rates still needed. */
export function TargetsPanel({ simulation }: { simulation: Simulation }) {
  const { t } = useLang();
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
                <th scope="col" className="num">{t("colGap")}</th>
                <th scope="col">{t("colRequired")}</th>
              </tr>
            </thead>
            {g.items.map((item) =>
              item.type === "single" ? (
                <tbody key={item.evaluation.target.id}>
                  <TargetRow evaluation={item.evaluation} projection={projection} onApply={onApply} />
                </tbody>
              ) : (
                <tbody key={item.group} className="reading-group">
                  <tr>
                    <td colSpan={6}>
                      <ReadingChoice group={item.group} evaluations={item.evaluations} projection={projection} onChoose={onChoose} />
                    </td>
                  </tr>
                  {item.evaluations.map((e) => (
                    <TargetRow key={e.target.id} evaluation={e} projection={projection} onApply={onApply} />
                  ))}
                </tbody>
              ),
            )}
          </table>
        </ScrollRegion>
      ))}
    </section>
  );
}
