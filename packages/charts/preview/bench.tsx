/**
 * `npm run bench`: headless SVG rendering throughput against DESIGN's bar of 2,000 charts/s
 * in Node. (The vega-lite peer the bar mentions is not a dependency of this repo, so it is not run here.)
 */
import { loadRegion, regionScenarios, simulate } from "@lotrinh/core";
import { renderChartSvg, type ChartInput, type ChartSeriesInput } from "../src/index.js";

const region = loadRegion("sa-pa");
const series: ChartSeriesInput[] = regionScenarios(region).map((scenario, i) => {
  const sim = simulate(region, scenario);
  if (!sim.ok) throw new Error(sim.error);
  return { key: `s${i}`, label: scenario.name, projection: sim.value.projection, evaluations: sim.value.evaluations };
});

const cases: Array<[string, ChartInput]> = [
  ["per capita, 1 scenario, 640 px", { indicator: "grdpPerCapita", lang: "vi", width: 640, series: series.slice(0, 1) }],
  ["growth, 1 scenario, 320 px", { indicator: "grdpGrowth", lang: "vi", width: 320, series: series.slice(0, 1) }],
  ["per capita, 3 scenarios, 900 px", { indicator: "grdpPerCapita", lang: "en", width: 900, series }],
];

for (const [name, input] of cases) {
  for (let i = 0; i < 300; i++) renderChartSvg(input); // warm-up: JIT and formatter caches
  const n = 3000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) renderChartSvg(input);
  const ms = performance.now() - t0;
  console.log(`renderChartSvg ${name}: ${Math.round((n / ms) * 1000)} charts/s (${((ms / n) * 1000).toFixed(0)} µs each; bar ≥ 2,000/s)`);
}
