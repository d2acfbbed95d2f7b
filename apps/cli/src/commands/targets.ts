import { KIND_LABELS, verdictLabel, type Lang, type TargetEvaluation } from "@lotrinh/core";
import { stringFlag } from "../args.js";
import { comparatorCell, gapCell, numberCell, solutionCell, yearsCell } from "../cells.js";
import type { Command } from "../command.js";
import { JSON_FLAG, REGION_FLAG, SCENARIO_FLAG } from "../common-flags.js";
import { headline, indicatorLabel } from "../headline.js";
import { regionRecord, scenarioRecord, targetRecord, toJson } from "../records.js";
import { simulateFromFlags, type SimulationRun } from "../simulation.js";
import { renderTable, type Column } from "../table.js";
import { targetUnit, unitText } from "../units.js";
import { words } from "../words.js";

function targetsJson(run: SimulationRun) {
  const { projection, evaluations } = run.simulation;
  return {
    region: regionRecord(run.region),
    scenario: scenarioRecord(run),
    term: run.region.term,
    targets: evaluations.map((evaluation) => targetRecord(evaluation, projection)),
  };
}

/** Ambiguous figures are read more than one way; the scenario picks one reading per group. */
function readingNote(evaluation: TargetEvaluation, lang: Lang): string {
  const w = words(lang);
  if (!evaluation.target.reading) return "";
  return evaluation.target.active ? w.chosenReading : w.alternativeReading;
}

function summaryLine(evaluations: readonly TargetEvaluation[], lang: Lang): string {
  const counted = evaluations.filter((e) => e.target.active);
  const count = (met: boolean | null) => counted.filter((e) => e.met === met).length;
  return words(lang).summary(counted.length, count(true), count(false), count(null), evaluations.length - counted.length);
}

function targetsTable(run: SimulationRun, lang: Lang): string {
  const w = words(lang);
  const { projection, evaluations } = run.simulation;
  const base = run.region.term.base;
  const columns: Column[] = [
    { header: w.code },
    { header: w.indicator },
    { header: w.kind },
    { header: w.comparator },
    { header: w.year, align: "right" },
    { header: w.target, align: "right" },
    { header: w.projected, align: "right" },
    { header: w.unit },
    { header: w.verdict },
    { header: w.gap, align: "right" },
    { header: w.requiredRate, align: "right" },
    { header: w.requiredGrdp, align: "right", optional: true },
    { header: w.note, optional: true },
  ];
  const rows = evaluations.map((evaluation) => {
    const t = evaluation.target;
    const unit = targetUnit(t, projection);
    return [
      t.id,
      indicatorLabel(projection, t.indicator, lang),
      KIND_LABELS[t.kind][lang],
      comparatorCell(t, lang),
      yearsCell(t),
      numberCell(t.value, unit, lang),
      numberCell(evaluation.projected, unit, lang),
      unitText(unit, lang, base),
      verdictLabel(evaluation.met, lang, evaluation.verdict, evaluation.projected),
      gapCell(evaluation.gap, unit, lang),
      solutionCell(evaluation.required.own, lang),
      evaluation.required.grdpGrowth ? solutionCell(evaluation.required.grdpGrowth, lang) : "",
      readingNote(evaluation, lang),
    ];
  });
  return [
    headline(run, w.targetsTitle, lang),
    "",
    renderTable(columns, rows),
    summaryLine(evaluations, lang),
    w.ownRateMeans,
    w.grdpRateMeans,
    "",
  ].join("\n");
}

export const command: Command = {
  synopsis: "targets --region R [--scenario FILE] [--json]",
  flags: { region: REGION_FLAG, scenario: SCENARIO_FLAG, json: JSON_FLAG },
  async run({ flags, lang }) {
    const run = await simulateFromFlags(stringFlag(flags, "region")!, stringFlag(flags, "scenario"));
    return flags.json ? toJson(targetsJson(run)) : targetsTable(run, lang);
  },
};
