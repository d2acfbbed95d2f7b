import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadRegion, regionScenarios, simulate, type Lang } from "@lotrinh/core";
import { ChartSvg } from "../src/ChartSvg.js";
import { chartModel } from "../src/chartModel.js";
import { chartViews } from "../src/chartViews.js";
import { renderStaticMarkup } from "../src/staticMarkup.js";
import type { ChartInput } from "../src/types.js";

/** Every chart of every region, in both languages, single and compared, at several widths. */
function inputs(): ChartInput[] {
  const out: ChartInput[] = [];
  for (const id of ["sa-pa", "lao-cai", "lai-chau"] as const) {
    const region = loadRegion(id);
    const series = regionScenarios(region).map((s, i) => {
      const sim = simulate(region, s);
      if (!sim.ok) throw new Error(sim.error);
      return { key: `s${i}`, label: s.name, projection: sim.value.projection, evaluations: sim.value.evaluations };
    });
    const first = series[0]!;
    for (const indicator of first.projection.order.filter((x) => first.projection.series[x]!.kind !== "tracked"))
      for (const lang of ["vi", "en"] as Lang[])
        for (const view of chartViews(indicator, first.evaluations.filter((e) => e.target.indicator === indicator)))
          for (const [width, count, activeYear] of [[720, 1, undefined], [360, 3, 2024]] as const)
            out.push({ indicator, lang, view, width, activeYear, series: series.slice(0, count), idPrefix: "c" });
  }
  return out;
}

describe("static markup", () => {
  it("renders every chart exactly as react-dom/server does", () => {
    const all = inputs();
    expect(all.length).toBeGreaterThan(100);
    for (const input of all)
      for (const standalone of [false, true]) {
        const element = <ChartSvg model={chartModel(input, standalone)} idPrefix="c" activeYear={input.activeYear} onActiveYearChange={undefined} standalone={standalone} />;
        expect(renderStaticMarkup(element), `${input.indicator} ${input.lang} ${input.view} ${input.width}`).toBe(renderToStaticMarkup(element));
      }
  });

  it("escapes text and attributes and writes SVG attribute names in kebab case", () => {
    const element = (
      <g className="a&b" strokeWidth={2} textAnchor="end" data-x={true} aria-hidden={false} viewBox="0 0 1 1" onClick={() => {}}>
        {"<1 & \"2\">"}
        <br />
      </g>
    );
    expect(renderStaticMarkup(element)).toBe(renderToStaticMarkup(element));
  });
});
