import type { Lang, ProjectedSeries, Projection } from "@lotrinh/core";
import { numberCell, statusCode, statusLegend } from "../cells.js";
import { stringFlag } from "../args.js";
import type { Command } from "../command.js";
import { JSON_FLAG, REGION_FLAG, SCENARIO_FLAG } from "../common-flags.js";
import { headline, indicatorLabel } from "../headline.js";
import { finite, provenanceRecord, regionRecord, scenarioRecord, toJson } from "../records.js";
import { simulateFromFlags, type SimulationRun } from "../simulation.js";
import { renderTable, type Column } from "../table.js";
import { unitText } from "../units.js";
import { words } from "../words.js";

function seriesRecord(series: ProjectedSeries, years: readonly number[]) {
  return {
    id: series.id,
    name: series.name,
    unit: series.unit,
    kind: series.kind,
    isIndex: series.isIndex,
    /** Years whose linked growth the model refuses (revenue growth ≤ −100 %): their values are null. */
    refusedYears: series.refused ?? [],
    values: years.map((year, i) => ({ year, value: finite(series.values[i]!), ...provenanceRecord(series.provenance[i]) })),
    growth: years.map((year, i) => ({ year, value: finite(series.growth[i]!), status: series.growthProvenance[i]?.status ?? null })),
  };
}

function projectionJson(run: SimulationRun) {
  const { projection } = run.simulation;
  return {
    region: regionRecord(run.region),
    scenario: scenarioRecord(run),
    term: run.region.term,
    years: projection.years,
    indicators: projection.order.map((id) => seriesRecord(projection.series[id]!, projection.years)),
  };
}

/** "14,5 % KH": the value, then the code of its status; a missing value is a dash alone. */
function valueCell(series: ProjectedSeries, i: number, lang: Lang): string {
  const value = series.values[i]!;
  if (!Number.isFinite(value)) return "–";
  return `${numberCell(value, series.unit, lang)} ${statusCode(series.provenance[i], lang)}`.trimEnd();
}

function projectionTable(run: SimulationRun, lang: Lang): string {
  const w = words(lang);
  const projection: Projection = run.simulation.projection;
  const base = run.region.term.base;
  const columns: Column[] = [
    { header: w.indicator },
    { header: w.unit },
    ...projection.years.map((year): Column => ({ header: String(year), align: "right" })),
  ];
  const series = projection.order.map((id) => projection.series[id]!);
  const rows = series.map((s) => [
    indicatorLabel(projection, s.id, lang),
    unitText(s.unit, lang, base),
    ...projection.years.map((_, i) => valueCell(s, i, lang)),
  ]);
  const indexNotes = series.filter((s) => s.isIndex).map((s) => w.indexNote(indicatorLabel(projection, s.id, lang), base));
  return [
    headline(run, w.projectionTitle, lang),
    "",
    renderTable(columns, rows),
    statusLegend(lang),
    ...indexNotes,
    "",
  ].join("\n");
}

export const command: Command = {
  synopsis: "project --region R [--scenario FILE] [--json]",
  flags: { region: REGION_FLAG, scenario: SCENARIO_FLAG, json: JSON_FLAG },
  async run({ flags, lang }) {
    const run = await simulateFromFlags(stringFlag(flags, "region")!, stringFlag(flags, "scenario"));
    return flags.json ? toJson(projectionJson(run)) : projectionTable(run, lang);
  },
};
