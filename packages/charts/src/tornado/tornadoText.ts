import { formatValue, isPercentUnit } from "@lotrinh/core";
import { citationText } from "../sourceText.js";
import { tableCsv, tableCsvExcelVi } from "../chartCsv.js";
import type { ChartTable } from "../types.js";
import { SENSITIVITY_STEP } from "@lotrinh/core/risk";
import { changeText, changeUnit, stepText, tornadoData, type TornadoData, type TornadoInput } from "./tornadoData.js";

export const TORNADO_WORDS = {
  vi: {
    title: (t: string) => `Độ nhạy: ${t}`,
    scenario: "Kịch bản",
    down: "đầu vào −1 điểm %",
    up: "đầu vào +1 điểm %",
    columns: ["Hạng", "Đầu vào", "Thay đổi khi −1 điểm %", "Thay đổi khi +1 điểm %", "Đơn vị"],
    none: "không đầu vào nào làm thay đổi giá trị dự báo",
    caption: "Thay đổi của giá trị dự báo khi mỗi đầu vào giảm hoặc tăng 1 điểm % ở mọi năm chưa có số thực hiện",
    // With the revenue buoyancy among the bars (moved by 0,1, not by a point).
    mixed: {
      down: "đầu vào −1 điểm % (hệ số −0,1)",
      up: "đầu vào +1 điểm % (hệ số +0,1)",
      columns: ["Hạng", "Đầu vào", "Thay đổi khi −1 điểm % (hệ số −0,1)", "Thay đổi khi +1 điểm % (hệ số +0,1)", "Đơn vị"],
      caption: "Thay đổi của giá trị dự báo khi mỗi tỷ lệ giảm hoặc tăng 1 điểm % ở mọi năm chưa có số thực hiện, và khi hệ số đàn hồi thu ngân sách giảm hoặc tăng 0,1",
    },
  },
  en: {
    title: (t: string) => `Sensitivity: ${t}`,
    scenario: "Scenario",
    down: "input −1 pp",
    up: "input +1 pp",
    columns: ["Rank", "Input", "Change at −1 pp", "Change at +1 pp", "Unit"],
    none: "no input changes the projected value",
    caption: "Change of the projected value when each input moves 1 percentage point down or up in every year without an outcome",
    mixed: {
      down: "input −1 pp (buoyancy −0.1)",
      up: "input +1 pp (buoyancy +0.1)",
      columns: ["Rank", "Input", "Change at −1 pp (buoyancy −0.1)", "Change at +1 pp (buoyancy +0.1)", "Unit"],
      caption: "Change of the projected value when each rate moves 1 percentage point down or up in every year without an outcome, and when the revenue buoyancy moves 0.1 down or up",
    },
  },
} as const;

/** The legend, column and caption words of a tornado: those naming both steps when the buoyancy is among its bars. */
export function tornadoWordsOf(d: Pick<TornadoData, "lang" | "mixedSteps">) {
  const w = TORNADO_WORDS[d.lang];
  const steps = d.mixedSteps ? w.mixed : w;
  return { down: steps.down, up: steps.up, columns: steps.columns, caption: steps.caption, none: w.none };
}

export function tornadoTitleOf(d: TornadoData): string {
  return TORNADO_WORDS[d.lang].title(d.target);
}

export function tornadoSubtitleOf(d: TornadoData): string {
  return `${d.region} · ${TORNADO_WORDS[d.lang].scenario}: ${d.scenario}`;
}

/** A number in the displayed unit: points for rates. */
function shown(delta: number, unit: string): number {
  return Number((isPercentUnit(unit) ? delta * 100 : delta).toPrecision(12));
}

export function tornadoTableOf(d: TornadoData): ChartTable {
  const w = tornadoWordsOf(d);
  const unit = changeUnit(d.unit, d.lang);
  return {
    columns: [...w.columns],
    rows: d.bars.map((b, i) => [i + 1, b.name, shown(b.down, d.unit), shown(b.up, d.unit), unit]),
    title: tornadoTitleOf(d),
    subtitle: tornadoSubtitleOf(d),
    sources: d.sources.map((s) => citationText(s, d.lang)),
  };
}

/** The tornado as a table: one row an input, widest swing first; changes in the displayed unit. */
export function tornadoTable(input: TornadoInput): ChartTable {
  return tornadoTableOf(tornadoData(input));
}

/**
 * Alt text: the projected value, then the inputs in rank order with their two changes —
 * "Kế hoạch dự báo 157,2 triệu đồng/người. Nhạy nhất với Tăng trưởng GRDP: −1 điểm % → −2,7 …".
 */
export function describeTornadoData(d: TornadoData): string {
  const vi = d.lang === "vi";
  const projected = formatValue(d.projected, d.unit, d.lang);
  const head = vi ? `${d.target}: ${d.scenario} dự báo ${projected}.` : `${d.target}: ${d.scenario} projects ${projected}.`;
  if (!d.bars.length) return `${head} ${vi ? "Không đầu vào nào làm thay đổi giá trị dự báo." : "No input changes the projected value."}`;
  const parts = d.bars.map((b) => {
    const down = changeText(b.down, d.unit, d.lang);
    const up = changeText(b.up, d.unit, d.lang);
    if (b.step !== SENSITIVITY_STEP) {
      const step = stepText(b, d.lang);
      return `${b.name} (−${step}: ${down}; +${step}: ${up})`;
    }
    return vi ? `${b.name} (−1 điểm %: ${down}; +1 điểm %: ${up})` : `${b.name} (−1 pp: ${down}; +1 pp: ${up})`;
  });
  const [first, ...rest] = parts;
  const tail = rest.length ? (vi ? `, rồi đến ${rest.join(", ")}` : `, then ${rest.join(", ")}`) : "";
  return `${head} ${vi ? "Nhạy nhất với" : "Most sensitive to"} ${first}${tail}.`;
}

export function describeTornado(input: TornadoInput): string {
  return describeTornadoData(tornadoData(input));
}

/** Plain CSV and "CSV cho Excel tiếng Việt" of the tornado's table, like every chart's. */
export function tornadoCsv(input: TornadoInput): string {
  return tableCsv(tornadoTable(input));
}

export function tornadoCsvExcelVi(input: TornadoInput): string {
  return tableCsvExcelVi(tornadoTable(input), input.lang);
}
