import { chartViews, renderChartSvg, type ChartInput, type ChartView } from "@lotrinh/charts";
import { stringFlag } from "../args.js";
import type { Command } from "../command.js";
import { REGION_FLAG, SCENARIO_FLAG } from "../common-flags.js";
import { InputError } from "../errors.js";
import { checkOutPath, writeOut } from "../output-file.js";
import { simulateFromFlags } from "../simulation.js";
import { closest } from "../suggest.js";

const MIN_WIDTH = 320;
const MAX_WIDTH = 2400;
/** Print needs at least this many pixels across (a Word page at 150 dpi and more). */
const MIN_PNG_WIDTH = 1200;

function intFlag(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw new InputError(`--${name}: '${value}' must be a whole number from ${min} to ${max}`);
  return n;
}

export const command: Command = {
  synopsis: "render --region R [--scenario FILE] --chart ID --format svg|png --out FILE [--width W] [--scale 2|3] [--view V]",
  flags: {
    region: REGION_FLAG,
    scenario: SCENARIO_FLAG,
    chart: { kind: "string", required: true, valueName: "ID", help: { vi: "mã chỉ tiêu của biểu đồ, ví dụ grdpPerCapita", en: "the chart's indicator id, e.g. grdpPerCapita" } },
    format: { kind: "string", required: true, valueName: "svg|png", help: { vi: "định dạng tệp", en: "file format" } },
    out: { kind: "string", required: true, valueName: "FILE", help: { vi: "tệp ghi ra", en: "file to write" } },
    width: { kind: "string", valueName: "W", help: { vi: `chiều rộng, px (mặc định 720; ${MIN_WIDTH}–${MAX_WIDTH})`, en: `width in px (default 720; ${MIN_WIDTH}–${MAX_WIDTH})` } },
    scale: { kind: "string", valueName: "2|3", help: { vi: "độ phân giải PNG (mặc định 2; PNG rộng ít nhất 1200 px)", en: "PNG resolution (default 2; PNGs are at least 1200 px wide)" } },
    view: { kind: "string", valueName: "V", help: { vi: "level, cumulative hoặc averageGrowth", en: "level, cumulative or averageGrowth" } },
  },
  async run({ flags, lang }) {
    const format = stringFlag(flags, "format")!;
    if (format !== "svg" && format !== "png") throw new InputError(`--format: '${format}' must be svg or png`);
    const outFlag = stringFlag(flags, "out")!;
    const out = checkOutPath(outFlag, [`.${format}`]);
    const width = intFlag(stringFlag(flags, "width"), "width", 720, MIN_WIDTH, MAX_WIDTH);
    const scale = intFlag(stringFlag(flags, "scale"), "scale", 2, 2, 3);
    const run = await simulateFromFlags(stringFlag(flags, "region")!, stringFlag(flags, "scenario"));
    const chart = stringFlag(flags, "chart")!;
    const ids = run.simulation.projection.order.filter((id) => run.simulation.projection.series[id]!.kind !== "tracked");
    if (!ids.includes(chart)) {
      const guess = closest(chart, ids);
      throw new InputError(`--chart: no chart '${chart}' for ${run.region.id}${guess ? `; did you mean '${guess}'?` : ""} (charts: ${ids.join(", ")})`);
    }
    const views = chartViews(chart, run.simulation.evaluations.filter((e) => e.target.indicator === chart));
    const view = stringFlag(flags, "view") as ChartView | undefined;
    if (view !== undefined && !views.includes(view))
      throw new InputError(`--view: '${view}' is not a view of ${chart} (views: ${views.join(", ")})`);
    const name = run.scenario ? (lang === "en" && run.scenario.nameEn ? run.scenario.nameEn : run.scenario.name) : lang === "vi" ? "Kế hoạch" : "Plan";
    const input: ChartInput = {
      indicator: chart,
      lang,
      width,
      view,
      idPrefix: `lotrinh-${chart}`,
      series: [{ key: "scenario", label: name, projection: run.simulation.projection, evaluations: run.simulation.evaluations }],
    };
    const svg = renderChartSvg(input);
    if (format === "svg") {
      writeOut(out, svg, outFlag);
      return `${outFlag}: SVG ${width} px\n`;
    }
    const { rasterizeSvg } = await import("../render/rasterize.js");
    const png = rasterizeSvg(svg, Math.max(scale, MIN_PNG_WIDTH / width));
    writeOut(out, png.png, outFlag);
    return `${outFlag}: PNG ${png.width} × ${png.height} px\n`;
  },
};
