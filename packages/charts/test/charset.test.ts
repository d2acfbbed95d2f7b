import { describe, expect, it } from "vitest";
import { loadRegion, regionScenarios, simulate } from "@lotrinh/core";
import { simulateRisk } from "@lotrinh/core/risk";
import { chartCsv, describeChart, renderChartSvg, renderTornadoSvg, type ChartInput, type ChartView } from "../src/index.js";
import { laiChauChart, saPaChart } from "./fixture.js";

/**
 * Characters the bundled font (Be Vietnam Pro: latin, latin-ext and vietnamese subsets) draws.
 * resvg does not fall back per glyph, so anything else vanishes from PNG exports
 * ("≥ 145 ✓ đạt" printed as " 145  đạt"): comparators are words and verdicts are drawn icons.
 */
function allowed(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    (c >= 0x20 && c <= 0x7e) || // ASCII
    (c >= 0xa0 && c <= 0xff) || // Latin-1 (·, ±, × included)
    (c >= 0x100 && c <= 0x24f) || // Latin Extended-A and -B
    (c >= 0x300 && c <= 0x323) || // combining marks used by Vietnamese
    (c >= 0x1ea0 && c <= 0x1ef9) || // Vietnamese precomposed letters
    "–—…•‘’“”−".includes(ch)
  );
}

function strays(text: string): string[] {
  return [...new Set([...text].filter((ch) => !allowed(ch)))].map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** The content of every <text> (its <tspan>s included), as drawn. */
function drawnTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, "")));
}

/** The charts of the snapshot tests, in both languages, single and compare, plus a focus label and Lai Châu's `about` and no-data targets. */
const charts: Array<[string, ChartInput]> = [];
const views: Array<[string, ChartView | undefined]> = [["grdpPerCapita", undefined], ["grdpGrowth", "averageGrowth"], ["investment", "cumulative"], ["grdpGrowth", undefined]];
for (const lang of ["vi", "en"] as const) {
  for (const [indicator, view] of views)
    for (const count of [1, 3]) {
      const opts = { count, ...(view ? { view } : {}) };
      charts.push([`${indicator} ${view ?? "default"} ${lang} ×${count}`, saPaChart(indicator, lang, opts)]);
      charts.push([`${indicator} ${view ?? "default"} ${lang} ×${count} phone`, saPaChart(indicator, lang, { ...opts, width: 320 })]);
    }
  charts.push([`grdpPerCapita compare 900 ${lang} with focus label`, { ...saPaChart("grdpPerCapita", lang, { count: 3, width: 900 }), activeYear: 2024 }]);
  charts.push([`touristVisits cumulative ${lang} (alternative reading)`, saPaChart("touristVisits", lang, { view: "cumulative" })]);
  for (const indicator of ["grdpPerCapita", "touristVisits", "forestCover"]) charts.push([`Lai Châu ${indicator} ${lang}`, laiChauChart(indicator, lang)]);
}

describe("characters the bundled font can draw", () => {
  for (const [name, input] of charts)
    it(`draws only Latin and Vietnamese text in ${name}`, () => {
      const texts = drawnTexts(renderChartSvg(input));
      expect(texts.length).toBeGreaterThan(5);
      for (const text of texts) expect(strays(text), text).toEqual([]);
    });

  it("writes comparators as words and verdicts as icons, not as ≥ ≤ ≈ ✓ ✗", () => {
    for (const [, input] of charts) {
      const svg = renderChartSvg(input);
      expect(svg).not.toMatch(/[≥≤≈✓✗]/);
      expect(describeChart(input)).not.toMatch(/[≥≤≈✓✗]/);
      expect(strays(chartCsv(input).replace(/\r\n/g, ""))).toEqual([]);
    }
  });

  it("draws fan legends and tornadoes in Latin and Vietnamese text only", () => {
    const region = loadRegion("lao-cai");
    const plan = regionScenarios(region)[0]!;
    const sim = simulate(region, plan);
    const risk = simulateRisk(region, plan, { paths: 500, seed: 2 });
    if (!sim.ok || !risk.ok) throw new Error("lao-cai");
    for (const lang of ["vi", "en"] as const) {
      const fan = risk.value.risk.fans.find((f) => f.id === "grdpPerCapita")!;
      const series = [{ key: "p", label: plan.name, projection: sim.value.projection, evaluations: sim.value.evaluations, fan }];
      const svgs = [renderChartSvg({ indicator: "grdpPerCapita", lang, width: 640, series })];
      for (const sensitivity of risk.value.sensitivity.filter((t) => t.bars.length)) {
        const evaluation = sim.value.evaluations.find((e) => e.target.id === sensitivity.id)!;
        svgs.push(renderTornadoSvg({ evaluation, sensitivity, projection: sim.value.projection, scenario: plan.name, lang, width: 640 }));
      }
      expect(svgs.length).toBeGreaterThan(3);
      for (const svg of svgs) for (const text of drawnTexts(svg)) expect(strays(text), text).toEqual([]);
    }
  });
});
