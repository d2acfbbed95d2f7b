import { chartViews, renderChartSvg, type ChartInput, type ChartView } from "@lotrinh/charts";
import { regionIndicators, type CompiledFormula, type Lang } from "@lotrinh/core";
import { DEFAULT_PATHS, simulateRisk, type RiskReport } from "@lotrinh/core/risk";
import { stringFlag } from "../args.js";
import type { Command } from "../command.js";
import { REGION_FLAG, SCENARIO_FLAG } from "../common-flags.js";
import { InputError } from "../errors.js";
import { checkOutPath, writeOut } from "../output-file.js";
import { simulateFromFlags, type SimulationRun } from "../simulation.js";
import { closest } from "../suggest.js";

const MIN_WIDTH = 320;
const MAX_WIDTH = 2400;
/** Print needs at least this many pixels across (a Word page at 150 dpi and more). */
const MIN_PNG_WIDTH = 1200;
const MAX_PATHS = 1_000_000;
const MAX_SEED = 2 ** 32 - 1;

/** A whole-number flag in [min, max], or the fallback when absent; the message names the flag in both languages. */
export function intFlag(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max))
    throw new InputError({
      vi: `--${name}: '${value}' phải là số nguyên từ ${min} đến ${max}`,
      en: `--${name}: '${value}' must be a whole number from ${min} to ${max}`,
    });
  return n;
}

/** The flags of a Monte Carlo run, shared by render --fan and report. */
export const RISK_FLAGS = {
  paths: { kind: "string", valueName: "N", help: { vi: `số đường mô phỏng Monte Carlo (mặc định ${DEFAULT_PATHS})`, en: `Monte Carlo paths (default ${DEFAULT_PATHS})` } },
  seed: { kind: "string", valueName: "S", help: { vi: "hạt giống ngẫu nhiên (mặc định của kịch bản)", en: "random seed (default: the scenario's)" } },
} as const;

/** The scenario's Monte Carlo run and tornadoes, with the same formulas as its projection. */
export async function riskOf(run: SimulationRun, paths: string | undefined, seed: string | undefined): Promise<RiskReport> {
  const options = {
    paths: intFlag(paths, "paths", DEFAULT_PATHS, 1, MAX_PATHS),
    ...(seed !== undefined ? { seed: intFlag(seed, "seed", 0, 0, MAX_SEED) } : {}),
  };
  let formulas: CompiledFormula[] = [];
  const defined = run.scenario?.formulas;
  if (defined && Object.keys(defined).length) {
    // Compiled already once for the projection (simulateFromFlags named any error): this cannot fail.
    const { compileFormulas } = await import("@lotrinh/core/formulas");
    const compiled = compileFormulas(defined, new Set(regionIndicators(run.region).map((d) => d.id)));
    if (compiled.ok) formulas = compiled.value;
  }
  const risk = simulateRisk(run.region, run.scenario, options, formulas);
  if (!risk.ok) throw new InputError(risk.error);
  return risk.value;
}

/** The scenario's name as charts and reports show it: its own name, or "Kế hoạch" / "Plan" for the region's defaults. */
function scenarioName(run: SimulationRun, lang: Lang): string {
  if (!run.scenario) return lang === "vi" ? "Kế hoạch" : "Plan";
  return lang === "en" && run.scenario.nameEn ? run.scenario.nameEn : run.scenario.name;
}

export const command: Command = {
  synopsis: "render --region R [--scenario FILE] --chart ID --format svg|png --out FILE [--width W] [--scale 2|3] [--view V] [--fan [--paths N] [--seed S]]",
  flags: {
    region: REGION_FLAG,
    scenario: SCENARIO_FLAG,
    chart: { kind: "string", required: true, valueName: "ID", help: { vi: "mã chỉ tiêu của biểu đồ, ví dụ grdpPerCapita", en: "the chart's indicator id, e.g. grdpPerCapita" } },
    format: { kind: "string", required: true, valueName: "svg|png", help: { vi: "định dạng tệp", en: "file format" } },
    out: { kind: "string", required: true, valueName: "FILE", help: { vi: "tệp ghi ra", en: "file to write" } },
    width: { kind: "string", valueName: "W", help: { vi: `chiều rộng, px (mặc định 720; ${MIN_WIDTH}–${MAX_WIDTH})`, en: `width in px (default 720; ${MIN_WIDTH}–${MAX_WIDTH})` } },
    scale: { kind: "string", valueName: "2|3", help: { vi: "độ phân giải PNG (mặc định 2; PNG rộng ít nhất 1200 px)", en: "PNG resolution (default 2; PNGs are at least 1200 px wide)" } },
    view: { kind: "string", valueName: "V", help: { vi: "level, cumulative hoặc averageGrowth", en: "level, cumulative or averageGrowth" } },
    fan: { kind: "boolean", help: { vi: "vẽ dải khoảng tin cậy 30/60/90 % (mô phỏng Monte Carlo)", en: "draw the 30/60/90 % fan bands (Monte Carlo)" } },
    ...RISK_FLAGS,
  },
  async run({ flags, lang }) {
    const format = stringFlag(flags, "format")!;
    if (format !== "svg" && format !== "png")
      throw new InputError({ vi: `--format: '${format}' phải là svg hoặc png`, en: `--format: '${format}' must be svg or png` });
    const outFlag = stringFlag(flags, "out")!;
    const out = checkOutPath(outFlag, [`.${format}`]);
    const width = intFlag(stringFlag(flags, "width"), "width", 720, MIN_WIDTH, MAX_WIDTH);
    const scale = intFlag(stringFlag(flags, "scale"), "scale", 2, 2, 3);
    const fan = flags.fan === true;
    if (!fan && (stringFlag(flags, "paths") !== undefined || stringFlag(flags, "seed") !== undefined))
      throw new InputError({ vi: "--paths và --seed chỉ dùng với --fan", en: "--paths and --seed go with --fan" });
    const run = await simulateFromFlags(stringFlag(flags, "region")!, stringFlag(flags, "scenario"));
    const chart = stringFlag(flags, "chart")!;
    const ids = run.simulation.projection.order.filter((id) => run.simulation.projection.series[id]!.kind !== "tracked");
    if (!ids.includes(chart)) {
      const guess = closest(chart, ids);
      throw new InputError({
        vi: `--chart: không có biểu đồ '${chart}' cho ${run.region.id}${guess ? `; có phải '${guess}'?` : ""} (các biểu đồ: ${ids.join(", ")})`,
        en: `--chart: no chart '${chart}' for ${run.region.id}${guess ? `; did you mean '${guess}'?` : ""} (charts: ${ids.join(", ")})`,
      });
    }
    const views = chartViews(chart, run.simulation.evaluations.filter((e) => e.target.indicator === chart));
    const view = stringFlag(flags, "view") as ChartView | undefined;
    if (view !== undefined && !views.includes(view))
      throw new InputError({
        vi: `--view: '${view}' không phải một cách xem của ${chart} (các cách xem: ${views.join(", ")})`,
        en: `--view: '${view}' is not a view of ${chart} (views: ${views.join(", ")})`,
      });
    const risk = fan ? await riskOf(run, stringFlag(flags, "paths"), stringFlag(flags, "seed")) : undefined;
    // The level view draws the yearly fan; a running view (cumulative, average growth) the fan of its running measure.
    const fanSeries = risk?.risk.fans.find((f) => f.id === chart);
    const runningFans = risk?.risk.running.filter((f) => f.id === chart) ?? [];
    const input: ChartInput = {
      indicator: chart,
      lang,
      width,
      view,
      idPrefix: `lotrinh-${chart}`,
      series: [{ key: "scenario", label: scenarioName(run, lang), projection: run.simulation.projection, evaluations: run.simulation.evaluations, ...(fanSeries ? { fan: fanSeries } : {}), runningFans }],
    };
    const svg = renderChartSvg(input);
    const note = risk ? `, ${lang === "vi" ? "dải tin cậy" : "fan"} ${risk.risk.settings.paths} ${lang === "vi" ? "đường" : "paths"}, seed ${risk.risk.settings.seed}` : "";
    if (format === "svg") {
      writeOut(out, svg, outFlag);
      return `${outFlag}: SVG ${width} px${note}\n`;
    }
    const { rasterizeSvg } = await import("../render/rasterize.js");
    const png = rasterizeSvg(svg, Math.max(scale, MIN_PNG_WIDTH / width));
    writeOut(out, png.png, outFlag);
    return `${outFlag}: PNG ${png.width} × ${png.height} px${note}\n`;
  },
};
