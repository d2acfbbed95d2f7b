import type { ChartSeriesInput } from "@lotrinh/charts";
import type { RiskReport } from "@lotrinh/core/risk";
import { useLang } from "../i18n/LangContext";
import { chartIndicators } from "../state/chartIndicators";
import type { ChartFans } from "../state/nextChart";
import { ChartCard } from "./ChartCard";
import { ErrorBoundary } from "./ErrorBoundary";

/**
 * Every chart of the scenarios; with Monte Carlo runs (one a series, when they have arrived),
 * each chart draws its indicator's fan bands behind the line (in a running view, the fan of
 * the running sum or average).
 */
export function ChartsPanel({ series, idPrefix, risks, fansStale }: {
  series: ChartSeriesInput[];
  idPrefix: string;
  risks?: readonly (RiskReport | undefined)[];
  /** The fans are of an older input than the lines (a run for the new one is under way). */
  fansStale?: boolean;
}) {
  const { lang, t } = useLang();
  const first = series[0];
  if (!first) return null;
  return (
    <section className="panel charts-panel" aria-labelledby={`${idPrefix}-charts-heading`}>
      <h2 id={`${idPrefix}-charts-heading`}>{t("charts")}</h2>
      <div className="chart-grid">
        {chartIndicators(first.projection).map((id) => (
          <ErrorBoundary key={id} part={t("partChart", { name: id })} resetKey={series}>
            <ChartCard indicator={id} series={series} lang={lang} idPrefix={idPrefix} fans={fansOf(risks, id)} fansStale={fansStale} />
          </ErrorBoundary>
        ))}
      </div>
    </section>
  );
}

/** The fans of one indicator in each run, or undefined when no run has arrived. */
function fansOf(risks: readonly (RiskReport | undefined)[] | undefined, id: string): (ChartFans | undefined)[] | undefined {
  if (!risks?.some((r) => r)) return undefined;
  return risks.map((r) => (r ? chartFans(r, id) : undefined));
}

// One object per report and indicator, so that a card whose run has not changed is not redrawn.
const byReport = new WeakMap<RiskReport, Map<string, ChartFans>>();

function chartFans(report: RiskReport, id: string): ChartFans {
  let map = byReport.get(report);
  if (!map) byReport.set(report, (map = new Map()));
  let fans = map.get(id);
  if (!fans) {
    fans = { fan: report.risk.fans.find((f) => f.id === id), running: report.risk.running.filter((f) => f.id === id) };
    map.set(id, fans);
  }
  return fans;
}
