import type { ChartSeriesInput } from "@lotrinh/charts";
import { useLang } from "../i18n/LangContext";
import { chartIndicators } from "../state/chartIndicators";
import { ChartCard } from "./ChartCard";
import { ErrorBoundary } from "./ErrorBoundary";

export function ChartsPanel({ series, idPrefix }: { series: ChartSeriesInput[]; idPrefix: string }) {
  const { lang, t } = useLang();
  const first = series[0];
  if (!first) return null;
  return (
    <section className="panel charts-panel" aria-labelledby={`${idPrefix}-charts-heading`}>
      <h2 id={`${idPrefix}-charts-heading`}>{t("charts")}</h2>
      <div className="chart-grid">
        {chartIndicators(first.projection).map((id) => (
          <ErrorBoundary key={id} part={t("partChart", { name: id })} resetKey={series}>
            <ChartCard indicator={id} series={series} lang={lang} idPrefix={idPrefix} />
          </ErrorBoundary>
        ))}
      </div>
    </section>
  );
}
