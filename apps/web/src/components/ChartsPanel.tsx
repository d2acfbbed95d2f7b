import type { ChartSeriesInput } from "@lotrinh/charts";
import type { FanSeries, RiskReport } from "@lotrinh/core/risk";
import { useLang } from "../i18n/LangContext";
import { chartIndicators } from "../state/chartIndicators";
import { ChartCard } from "./ChartCard";
import { ErrorBoundary } from "./ErrorBoundary";

/**
 * Every chart of the scenarios; with Monte Carlo runs (one a series, when they have arrived),
 * each chart draws its indicator's fan bands behind the line.
 */
export function ChartsPanel({ series, idPrefix, risks }: { series: ChartSeriesInput[]; idPrefix: string; risks?: readonly (RiskReport | undefined)[] }) {
  const { lang, t } = useLang();
  const first = series[0];
  if (!first) return null;
  return (
    <section className="panel charts-panel" aria-labelledby={`${idPrefix}-charts-heading`}>
      <h2 id={`${idPrefix}-charts-heading`}>{t("charts")}</h2>
      <div className="chart-grid">
        {chartIndicators(first.projection).map((id) => (
          <ErrorBoundary key={id} part={t("partChart", { name: id })} resetKey={series}>
            <ChartCard indicator={id} series={series} lang={lang} idPrefix={idPrefix} fans={fansOf(risks, id)} />
          </ErrorBoundary>
        ))}
      </div>
    </section>
  );
}

/** The fan of one indicator in each run, or undefined when no run has one. */
function fansOf(risks: readonly (RiskReport | undefined)[] | undefined, id: string): (FanSeries | undefined)[] | undefined {
  if (!risks?.some((r) => r)) return undefined;
  return risks.map((r) => r?.risk.fans.find((f) => f.id === id));
}
