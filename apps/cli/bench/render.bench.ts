// Headless SVG chart rendering in Node: Lộ Trình's chart components against a
// vega-lite render of the same chart (same data, lines, points and target rule), in one run.
import { renderChartSvg } from "@lotrinh/charts";
import { loadRegion, simulate } from "@lotrinh/core";
import * as vega from "vega";
import { compile } from "vega-lite";

const region = loadRegion("sa-pa");
const sim = simulate(region);
if (!sim.ok) throw new Error(sim.error);
const input = {
  indicator: "grdpPerCapita",
  series: [{ key: "plan", label: "Kế hoạch", projection: sim.value.projection, evaluations: sim.value.evaluations }],
  lang: "vi" as const,
  width: 720,
};
const series = sim.value.projection.series.grdpPerCapita!;
const values = sim.value.projection.years.map((year, i) => ({ year, value: series.values[i], status: series.provenance[i]!.status }));
const spec = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  width: 720,
  height: 396,
  title: "GRDP bình quân đầu người (triệu đồng/người)",
  layer: [
    {
      data: { values },
      mark: { type: "line", point: true },
      encoding: {
        x: { field: "year", type: "ordinal", title: null },
        y: { field: "value", type: "quantitative", title: "triệu đồng/người" },
        shape: { field: "status", type: "nominal" },
      },
    },
    { data: { values: [{ target: 145 }] }, mark: { type: "rule", strokeDash: [4, 3] }, encoding: { y: { field: "target", type: "quantitative" } } },
  ],
};

async function timeMany(label: string, fn: () => unknown | Promise<unknown>, seconds: number): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  const samples: number[] = [];
  const stop = performance.now() + seconds * 1000;
  while (performance.now() < stop) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  console.log(`${label.padEnd(44)} median ${median.toFixed(3).padStart(8)} ms/chart  ${Math.round(1000 / median).toLocaleString("en").padStart(7)} charts/s  (${samples.length} runs)`);
  return median;
}

console.log("Headless SVG chart rendering in Node (Sa Pa GRDP per capita, 720 px)");
const ours = await timeMany("Lộ Trình renderChartSvg", () => renderChartSvg(input), 3);
const theirs = await timeMany("vega-lite compile + vega View.toSVG", async () => {
  const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}, 3);
console.log(`ratio: ${(theirs / ours).toFixed(1)}× faster than vega-lite (goal ≥ 2,000 charts/s and ≥ 10×)`);
