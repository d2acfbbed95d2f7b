import { formatGap, formatNumber, formatValue, type Lang, type Projection } from "@lotrinh/core";
import { indicatorName, targetLabel } from "../format/targets";
import type { PlanOutcomeRow } from "./planVsOutcome";
import { planWord } from "./planWords";

/** "đạt 102,9 % kế hoạch" / "102.9% of plan"; "–" when the plan is 0. */
export function ratioText(ratio: number, lang: Lang): string {
  if (!Number.isFinite(ratio)) return "–";
  const pct = `${formatNumber(ratio * 100, lang, 1)}${lang === "vi" ? " %" : "%"}`;
  return planWord(lang, "ratio", { pct });
}

/** The rows as text cells, the same for the table on screen, the report and the CSV file. */
export function planTableCells(rows: readonly PlanOutcomeRow[], projection: Projection, lang: Lang): string[][] {
  const region = projection.input.region;
  return rows.map((r) => {
    const name = r.target ? targetLabel(r.target, projection, lang) : indicatorName(projection, r.indicator, lang);
    const doc = r.source ? region.sources.findIndex((s) => s.id === r.source) : -1;
    return [
      name,
      String(r.year),
      planWord(lang, r.kind === "anchor" ? "kindAnchor" : r.kind === "plan" ? "kindPlan" : "kindTarget"),
      formatValue(r.plan, r.unit, lang),
      formatValue(r.outcome, r.unit, lang),
      planWord(lang, r.status),
      doc >= 0 ? `[${doc + 1}] ${region.sources[doc]!.title[lang]}` : (r.source ?? ""),
      formatGap(r.difference, r.unit, lang),
      ratioText(r.ratio, lang),
    ];
  });
}

export function planTableColumns(lang: Lang): string[] {
  return (["colIndicator", "colYear", "colKind", "colPlan", "colOutcome", "colStatus", "colSource", "colDifference", "colRatio"] as const).map(
    (k) => planWord(lang, k),
  );
}

function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The table as CSV (RFC 4180, ",", CRLF, with a BOM so that Excel reads UTF-8): the numbers as
 * the table shows them, plus the plan, outcome, difference and ratio as plain numbers for sums.
 */
export function planCsv(rows: readonly PlanOutcomeRow[], projection: Projection, lang: Lang): string {
  const text = planTableCells(rows, projection, lang);
  const head = [...planTableColumns(lang), "plan", "outcome", "difference", "ratio"];
  const lines = [head, ...rows.map((r, i) => [...text[i]!, String(r.plan), String(r.outcome), String(r.difference), Number.isFinite(r.ratio) ? String(r.ratio) : ""])];
  return "\uFEFF" + lines.map((l) => l.map(field).join(",")).join("\r\n") + "\r\n";
}
