import type { ChartSeriesInput } from "@lotrinh/charts";
import type { Projection } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { ChartCard } from "./ChartCard";

/** The indicators leadership follows, in this order, when the region has them. */
export const KEY_INDICATORS = ["grdpGrowth", "grdpPerCapita", "budgetRevenue", "investment", "touristVisits", "tourismRevenue"];

export function chartIndicators(projection: Projection): string[] {
  const region = projection.input.region;
  return KEY_INDICATORS.filter((id) => id === "grdpGrowth" || Object.hasOwn(region.indicators, id));
}

export function ChartsPanel({ series, idPrefix }: { series: ChartSeriesInput[]; idPrefix: string }) {
  const { lang, t } = useLang();
  const first = series[0];
  if (!first) return null;
  return (
    <section className="panel charts-panel" aria-labelledby={`${idPrefix}-charts-heading`}>
      <h2 id={`${idPrefix}-charts-heading`}>{t("charts")}</h2>
      <div className="chart-grid">
        {chartIndicators(first.projection).map((id) => (
          <ChartCard key={id} indicator={id} series={series} lang={lang} idPrefix={idPrefix} />
        ))}
      </div>
    </section>
  );
}
