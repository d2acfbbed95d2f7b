import { KIND_LABELS, type Lang, type TargetEvaluation } from "@lotrinh/core";
import { stringFlag } from "../args.js";
import { comparatorCell, gapCell, numberCell, solutionCell, yearsCell } from "../cells.js";
import type { Command } from "../command.js";
import { JSON_FLAG, REGION_FLAG, SCENARIO_FLAG } from "../common-flags.js";
import { basisText, headline, indicatorLabel, notesText, verdictText } from "../headline.js";
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

/** Vượt, đạt, không đạt, no data; the verdicts that restate an assumption read from the target itself are counted apart. */
function summaryLine(evaluations: readonly TargetEvaluation[], lang: Lang): string {
  const w = words(lang);
  const counted = evaluations.filter((e) => e.target.active);
  const count = (test: (e: TargetEvaluation) => boolean) => counted.filter(test).length;
  const circular = count((e) => e.met === true && e.basis === "circular");
  const line = w.summary3(
    counted.length,
    count((e) => e.verdict === "exceeded"),
    count((e) => e.verdict === "met"),
    count((e) => e.verdict === "missed"),
    count((e) => e.met === null),
    evaluations.length - counted.length,
  );
  return circular > 0 ? `${line}\n${w.circularCount(count((e) => e.met === true), circular)}` : line;
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
    { header: w.basis },
    { header: w.outcomeYearsHeader, align: "right" },
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
      verdictText(evaluation, lang),
      basisText(evaluation, lang),
      evaluation.verdict === "noData" ? "" : `${evaluation.outcomeYears}/${evaluation.measuredYears}`,
      gapCell(evaluation.gap, unit, lang),
      solutionCell(evaluation.required.own, lang),
      evaluation.required.grdpGrowth ? solutionCell(evaluation.required.grdpGrowth, lang) : "",
      [readingNote(evaluation, lang), ...notesText(evaluation, lang)].filter(Boolean).join("; "),
    ];
  });
  return [
    headline(run, w.targetsTitle, lang),
    "",
    renderTable(columns, rows),
    summaryLine(evaluations, lang),
    w.basisMeans,
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
