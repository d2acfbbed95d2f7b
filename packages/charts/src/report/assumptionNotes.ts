import type { Lang, Region } from "@lotrinh/core";
import { formatValue, regionIndicators } from "@lotrinh/core";

export interface AssumptionNote {
  indicator: string;
  years: number[];
  value: string;
  note: string;
}

/**
 * Every assumption in the region's data with its reason, years with the same value
 * and reason merged into one line. Notes are in the data in both languages.
 */
export function assumptionNotes(region: Region, lang: Lang): AssumptionNote[] {
  const out: AssumptionNote[] = [];
  for (const ind of regionIndicators(region)) {
    const data = region.indicators[ind.id];
    for (const field of ["rates", "levels"] as const) {
      const unit = field === "rates" ? "rate" : ind.unit;
      for (const [key, v] of Object.entries(data?.[field] ?? {})) {
        if (v.status !== "assumption") continue;
        const value = formatValue(v.value, unit, lang);
        const last = out[out.length - 1];
        if (last && last.indicator === ind.name[lang] && last.value === value && last.note === (v.note?.[lang] ?? "")) last.years.push(Number(key));
        else out.push({ indicator: ind.name[lang], years: [Number(key)], value, note: v.note?.[lang] ?? "" });
      }
    }
  }
  const b = region.params.revenueBuoyancy;
  if (b.status === "assumption")
    out.push({ indicator: lang === "vi" ? "Hệ số co giãn thu ngân sách" : "Revenue buoyancy", years: [], value: formatValue(b.value, "count", lang), note: b.note?.[lang] ?? "" });
  return out;
}

/** "2021–2023, 2025" */
export function yearSpans(years: readonly number[]): string {
  const spans: string[] = [];
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    const y = years[i]!;
    const next = years[i + 1];
    if (next !== y + 1) {
      spans.push(start === y ? String(y) : `${start}–${y}`);
      start = next;
    }
  }
  return spans.join(", ");
}
