import { STATUS_LABELS, type Lang } from "@lotrinh/core";
import type { ChartTable } from "../types.js";
import type { PlanOutcomeRow } from "./planOutcomeRows.js";
import type { Scorecard } from "./scorecard.js";
import type { ReportScenario } from "./types.js";
import { reportWord } from "./words.js";

/** The region line of a table's title block: "Thị xã Sa Pa, Lào Cai". */
function regionLine(scenarios: readonly ReportScenario[], lang: Lang): string {
  const region = scenarios[0]?.simulation.projection.input.region;
  if (!region) return "";
  return region.parent ? `${region.name[lang]}, ${region.parent[lang]}` : region.name[lang];
}

/** "Kế hoạch và thực hiện" as a table for CSV export (`tableCsv`, `tableCsvExcelVi`). */
export function planOutcomeTable(rows: readonly PlanOutcomeRow[], scenarios: readonly ReportScenario[], lang: Lang): ChartTable {
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, lang);
  return {
    columns: [w("indicator"), w("year"), w("plan"), w("outcome"), lang === "vi" ? "Trạng thái" : "Status", w("difference"), w("share"), w("scenario")],
    rows: rows.map((r) => [
      `${r.indicator} (${r.kind === "target" ? w("targetFigure") : w("planFigure")})`,
      r.years,
      r.plan,
      r.outcome,
      STATUS_LABELS[r.status][lang],
      r.difference,
      r.share,
      r.scenarios,
    ]),
    title: w("planOutcome"),
    subtitle: regionLine(scenarios, lang),
    sources: [],
  };
}

/** The leadership scorecard as a table: one row a target, three columns a scenario (verdict and basis, probability, gap). */
export function scorecardTable(card: Scorecard, scenarios: readonly ReportScenario[], lang: Lang): ChartTable {
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, lang);
  const columns = [w("indicator")];
  for (const s of scenarios) columns.push(`${s.name}: ${w("verdict")}`, `${s.name}: ${w("probability")} (%)`, `${s.name}: ${w("gap")}`);
  return {
    columns,
    rows: card.rows.map((r) => [r.label, ...r.cells.flatMap((c) => [`${c.verdictText} (${c.basisText})`, c.probability === null ? null : Math.round(c.probability * 100), c.gap])]),
    title: card.selection === "priority" ? w("scorecard") : w("scorecardEconomic"),
    subtitle: `${regionLine(scenarios, lang)} · ${card.headlines.join(" ")}`,
    sources: [],
  };
}
