/**
 * Renders a few Sa Pa charts to /tmp/charts-preview/*.svg for a visual check
 * (`npm run preview`; convert one to PNG with headless Chromium to look at it).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadRegion, regionScenarios, simulate, type Lang } from "@lotrinh/core";
import { renderChartSvg, type ChartInput, type ChartSeriesInput, type ChartView } from "../src/index.js";

const OUT = "/tmp/charts-preview";
function seriesOf(id: "sa-pa" | "lai-chau"): ChartSeriesInput[] {
  const region = loadRegion(id);
  return regionScenarios(region).map((scenario, i) => {
    const sim = simulate(region, scenario);
    if (!sim.ok) throw new Error(sim.error);
    return { key: `s${i}`, label: scenario.name, projection: sim.value.projection, evaluations: sim.value.evaluations };
  });
}
const saPa = seriesOf("sa-pa");
const laiChau = seriesOf("lai-chau");

const charts: Array<[string, string, Lang, number, ChartView | undefined, number, ChartSeriesInput[]?]> = [
  ["per-capita-vi", "grdpPerCapita", "vi", 900, undefined, 1],
  ["per-capita-en", "grdpPerCapita", "en", 900, undefined, 1],
  ["per-capita-phone-vi", "grdpPerCapita", "vi", 320, undefined, 1],
  ["growth-vi", "grdpGrowth", "vi", 900, undefined, 1],
  ["growth-average-vi", "grdpGrowth", "vi", 900, "averageGrowth", 1],
  ["investment-cumulative-vi", "investment", "vi", 900, "cumulative", 1],
  ["visits-vi", "touristVisits", "vi", 900, undefined, 1],
  ["visits-cumulative-vi", "touristVisits", "vi", 640, "cumulative", 1],
  ["compare-per-capita-vi", "grdpPerCapita", "vi", 900, undefined, 3],
  ["compare-growth-en", "grdpGrowth", "en", 640, undefined, 3],
  ["lai-chau-per-capita-vi", "grdpPerCapita", "vi", 640, undefined, 1, laiChau],
  ["lai-chau-growth-vi", "grdpGrowth", "vi", 640, undefined, 1, laiChau],
  ["lai-chau-visits-en", "touristVisits", "en", 640, undefined, 1, laiChau],
  ["lai-chau-forest-vi", "forestCover", "vi", 480, undefined, 1, laiChau],
];

mkdirSync(OUT, { recursive: true });
for (const [name, indicator, lang, width, view, n, series = saPa] of charts) {
  const input: ChartInput = { indicator, lang, width, series: series.slice(0, n), ...(view ? { view } : {}) };
  writeFileSync(`${OUT}/${name}.svg`, renderChartSvg(input));
}
console.log(`wrote ${charts.length} charts to ${OUT}`);
