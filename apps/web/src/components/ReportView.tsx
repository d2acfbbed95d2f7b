import { useMemo, useState } from "react";
import { REPORT_CSS, ReportDocument, type ReportScenario } from "@lotrinh/charts";
import type { Library, RegionBundle } from "../state/types";
import { findScenario, regionScenarioList, scenarioName } from "../state/library";
import { defaultReport } from "../state/reducer";
import { scenarioColor } from "../state/compareFacts";
import { useSimulations } from "../hooks/useSimulation";
import { useActions } from "../state/AppContext";
import { useLang } from "../i18n/LangContext";
import { ComparePicker } from "./ComparePicker";
import { ShadowSheet } from "./ShadowSheet";
import { useRiskRuns } from "../probability/useRiskRuns";

export interface ReportViewProps {
  bundle: RegionBundle;
  library: Library;
  /** The compare selection; empty (e.g. after a region switch) means every shipped scenario. */
  compare: string[];
}

/**
 * The printable A4 report of the chosen scenarios: packages/charts' ReportDocument, the same
 * document the command line prints, with its print CSS. The app's chrome is hidden in print.
 */
export default function ReportView({ bundle, library, compare }: ReportViewProps) {
  const { lang, t } = useLang();
  const { dispatch } = useActions();
  const all = useMemo(() => regionScenarioList(bundle, library), [bundle, library]);
  const allIds = useMemo(() => all.map((s) => s.id), [all]);
  const ids = compare.length ? compare : defaultReport(bundle);
  const chosen = useMemo(
    () => ids.map((id) => findScenario(bundle, library, id)).filter((s) => s !== undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ids is derived from compare
    [bundle, library, ids.join(",")],
  );
  const scenarios = useMemo(() => chosen.map((s) => s.scenario), [chosen]);
  const sims = useSimulations(bundle.region, scenarios);
  // The report is dated the day it is opened (kept while it stays open, so it does not change under the reader).
  const [date] = useState(() => new Date());
  // Probabilities, fans and tornado of each scenario: the worker's runs (the report waits for none of them).
  const ok = useMemo(() => chosen.filter((_, i) => sims[i]!.result.ok).map((s) => s.scenario), [chosen, sims]);
  const runs = useRiskRuns(bundle.region, ok);
  const { rows, errors } = useMemo(() => {
    const rows: ReportScenario[] = [];
    const errors: string[] = [];
    chosen.forEach((s, i) => {
      const r = sims[i]!.result;
      const name = scenarioName(s.scenario, lang);
      if (r.ok)
        rows.push({
          key: s.id,
          name,
          illustrative: !!s.scenario.illustrative,
          color: scenarioColor(allIds, s.id),
          scenario: s.scenario,
          simulation: r.value,
          risk: runs.reports[rows.length],
        });
      else errors.push(`${name}: ${r.error}`);
    });
    return { rows, errors };
  }, [chosen, sims, lang, runs.reports, allIds]);
  return (
    <div className="report-view">
      {/* @page (A4, margins) applies only from the document's own styles, not from a shadow root. */}
      <style>{REPORT_CSS}</style>
      <section className="panel report-toolbar" aria-labelledby="report-heading">
        <div className="report-toolbar-head">
          <h2 id="report-heading">{t("reportTitle")}</h2>
          <button type="button" className="button primary" onClick={() => window.print()}>
            {t("print")}
          </button>
        </div>
        <p className="hint">{t("reportHint")}</p>
        <ComparePicker
          legend={t("reportPick")}
          scenarios={all}
          selected={chosen.map((s) => s.id)}
          // A report needs one scenario: the last one cannot be unticked.
          onChange={(next) => next.length > 0 && dispatch({ type: "setCompare", ids: next })}
        />
        {errors.map((e) => (
          <p key={e} className="notice notice-error" role="alert">
            {t("simulationError", { error: e })}
          </p>
        ))}
      </section>
      {rows.length > 0 && (
        <ShadowSheet css={REPORT_CSS} className="report-paper">
          <ReportDocument region={bundle.region} scenarios={rows} lang={lang} date={date} />
        </ShadowSheet>
      )}
    </div>
  );
}
