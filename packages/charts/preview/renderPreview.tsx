/**
 * Renders a few Sa Pa charts to /tmp/charts-preview/*.svg for a visual check
 * (`npm run preview`; convert one to PNG with headless Chromium to look at it).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadRegion, regionScenarios, simulate, type Lang } from "@lotrinh/core";
import { simulateRisk } from "@lotrinh/core/risk";
import { renderChartSvg, renderTornadoSvg, type ChartInput, type ChartSeriesInput, type ChartView } from "../src/index.js";

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
// Fans and a tornado from a seeded Monte Carlo run of Lào Cai's plan.
const laoCai = loadRegion("lao-cai");
const plan = regionScenarios(laoCai)[0]!;
const sim = simulate(laoCai, plan);
const risk = simulateRisk(laoCai, plan, { paths: 20_000, seed: 1 });
if (!sim.ok || !risk.ok) throw new Error("lao-cai: simulation failed");
for (const indicator of ["grdpGrowth", "grdpPerCapita", "budgetRevenue"]) {
  const fan = risk.value.risk.fans.find((f) => f.id === indicator)!;
  const series = [{ key: "plan", label: plan.name, projection: sim.value.projection, evaluations: sim.value.evaluations, fan }];
  writeFileSync(`${OUT}/lao-cai-fan-${indicator}-vi.svg`, renderChartSvg({ indicator, lang: "vi", width: 720, view: "level", series }));
}
const evaluation = sim.value.evaluations.find((e) => e.target.id === "budget-revenue-2025")!;
const sensitivity = risk.value.sensitivity.find((s) => s.id === evaluation.target.id)!;
for (const lang of ["vi", "en"] as const)
  writeFileSync(`${OUT}/lao-cai-tornado-${lang}.svg`, renderTornadoSvg({ evaluation, sensitivity, projection: sim.value.projection, scenario: plan.name, lang, width: 720 }));
console.log(`wrote ${charts.length + 5} charts to ${OUT}`);
