import { COMPARATOR_LABELS, isPercentUnit, unitLabel, type Lang } from "@lotrinh/core";
import { verdictWithBasis } from "./verdictText.js";
import { subtitleOf, titleOf } from "./chartTitle.js";
import { citationText } from "./sourceText.js";
import type { FanYear } from "./fanData.js";

const FAN_KEYS = ["q05", "q20", "q35", "q50", "q65", "q80", "q95"] as const satisfies readonly (keyof FanYear)[];
import { chartData, type ChartData } from "./chartData.js";
import { statusText } from "./pointText.js";
import { bandText } from "./targetText.js";
import type { ChartInput, ChartTable } from "./types.js";
import { WORDS } from "./words.js";

const COLUMNS: Record<Lang, string[]> = {
  vi: ["Kịch bản", "Năm", "Giá trị", "Đơn vị", "Trạng thái", "Nguồn", "Đánh giá"],
  en: ["Scenario", "Year", "Value", "Unit", "Status", "Source", "Verdict"],
};

/** A number in the displayed unit: percent for rates and shares, float noise removed (0.145 × 100 ≠ 14.5 exactly). */
function shown(value: number, unit: string): number | null {
  if (!Number.isFinite(value)) return null;
  const v = isPercentUnit(unit) ? value * 100 : value;
  return Number(v.toPrecision(12));
}

/**
 * Exactly the data the chart displays, for the table alternative and CSV export: one row
 * per scenario and year of the current view, then one row per target drawn and scenario
 * with its verdict. Values are in the displayed unit (percent for rates).
 */
export function tableOf(d: ChartData): ChartTable {
  const lang = d.lang;
  const w = WORDS[lang];
  const unit = unitLabel(d.unit, lang, d.base);
  const rows: ChartTable["rows"] = [];
  // With fan bands, each year's row also carries its quantiles: 5, 20, 35 % … 95 %.
  const fanned = d.series.some((s) => s.fan?.length);
  const none = fanned ? FAN_KEYS.map(() => null) : [];
  for (const s of d.series)
    for (const p of s.points) {
      const f = s.fan?.find((q) => q.year === p.year);
      const quantiles = fanned ? FAN_KEYS.map((k) => (f ? shown(f[k], d.unit) : null)) : [];
      rows.push([s.label, p.year, shown(p.value, d.unit), unit, statusText(p, lang), p.sources.join(" ") || null, null, ...quantiles]);
    }
  for (const t of d.targets) {
    const spec = t.target;
    // An annual-rate target on a level indicator is a rate, whatever the chart's unit.
    const targetUnit = t.impliedFromRate ? "rate" : d.unit;
    const range = bandText(spec, isPercentUnit(targetUnit), lang);
    const about = range ? `, ${range}` : "";
    let status = `${w.target} (${COMPARATOR_LABELS[spec.comparator][lang]}${about})`;
    if (!t.active) status += `, ${w.altReading}`;
    for (const v of t.verdicts)
      rows.push([v.label, spec.year, shown(spec.value, targetUnit), unitLabel(targetUnit, lang, d.base), status, t.citation ?? null, verdictWithBasis(v.verdict, v.basis, lang), ...none]);
  }
  return {
    columns: fanned ? [...COLUMNS[lang], ...FAN_KEYS.map((k) => w.quantile(Number(k.slice(1))))] : COLUMNS[lang],
    rows,
    title: titleOf(d),
    subtitle: subtitleOf(d),
    sources: d.sources.map((s) => citationText(s, lang)),
  };
}

export function chartTable(input: ChartInput): ChartTable {
  return tableOf(chartData(input));
}
