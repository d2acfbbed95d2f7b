import {
  COMPARATOR_LABELS,
  KIND_LABELS,
  evaluateTarget,
  formatPercent,
  solutionReason,
  yearSpan,
  type Lang,
  type Region,
  type Solution,
  type TargetEvaluation,
  type TargetSpec,
} from "@lotrinh/core";
import { stringFlag } from "../args.js";
import { gapCell, numberCell, yearsCell } from "../cells.js";
import type { Command } from "../command.js";
import { JSON_FLAG, REGION_FLAG, SCENARIO_FLAG } from "../common-flags.js";
import { InputError } from "../errors.js";
import { basisText, headline, notesText, outcomeYearsText, verdictText } from "../headline.js";
import { regionRecord, scenarioRecord, targetRecord, toJson } from "../records.js";
import { simulateFromFlags, type SimulationRun } from "../simulation.js";
import { closest } from "../suggest.js";
import { renderFields } from "../table.js";
import { targetUnit, withUnit } from "../units.js";
import { words } from "../words.js";

function findTarget(run: SimulationRun, id: string): TargetSpec {
  const ids = run.simulation.targets.map((t) => t.id);
  const found = run.simulation.targets.find((t) => t.id === id);
  if (found) return found;
  const guess = closest(id, ids);
  const list = `lotrinh targets --region ${run.region.id}`;
  throw new InputError({
    vi: `--target: ${run.region.id} không có mục tiêu '${id}'; ${guess ? `ý bạn là '${guess}'?` : `xem danh sách bằng '${list}'`}`,
    en: `--target: unknown target '${id}' for ${run.region.id}; ${guess ? `did you mean '${guess}'?` : `list them with '${list}'`}`,
  });
}

/** The first year the required rate may change: a growth year of the term, not after the target's year. */
function fromYear(value: string | undefined, region: Region, target: TargetSpec): number | undefined {
  if (value === undefined) return undefined;
  const first = region.term.base + 1;
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!(year >= first && year <= target.year))
    throw new InputError({
      vi: `--from: '${value}' không phải năm tăng trưởng đến năm của mục tiêu (${first}–${target.year})`,
      en: `--from: '${value}' is not a growth year up to the target's year (${first}–${target.year})`,
    });
  return year;
}

function solutionText(solution: Solution, lang: Lang): string {
  const w = words(lang);
  switch (solution.status) {
    case "solved":
      return `${formatPercent(solution.rate, lang)}${w.perYear}, ${w.appliesTo} ${yearSpan(solution.from, solution.to)}`;
    case "alreadyMet":
      return `${w.alreadyMet} (${w.because}: ${solutionReason(solution, lang)})`;
    case "unreachable":
      return `${w.unreachable} (${w.because}: ${solutionReason(solution, lang)})`;
    case "notApplicable":
      return `${w.notApplicable} (${w.because}: ${solutionReason(solution, lang)})`;
  }
}

/** When --from names a year the data has already fixed, say where the free years really start. */
function startNote(solution: Solution | undefined, from: number | undefined, lang: Lang): string {
  if (solution?.status !== "solved" || from === undefined || solution.from <= from) return "";
  return ` (${words(lang).fixedBefore(solution.from)})`;
}

/** "đạt/trên 145 triệu đồng/người", "khoảng 51,5 triệu đồng/người (±2 %)". */
function targetText(t: TargetSpec, unit: string, base: number, lang: Lang): string {
  const value = withUnit(numberCell(t.value, unit, lang), unit, lang, base);
  const tolerance = t.comparator === "about" && t.tolerance !== undefined ? ` (±${formatPercent(t.tolerance, lang)})` : "";
  return `${COMPARATOR_LABELS[t.comparator][lang]} ${value}${tolerance}`;
}

function solveText(run: SimulationRun, evaluation: TargetEvaluation, from: number | undefined, lang: Lang): string {
  const w = words(lang);
  const t = evaluation.target;
  const { projection } = run.simulation;
  const base = run.region.term.base;
  const unit = targetUnit(t, projection);
  const name = t.label?.[lang] ?? projection.series[t.indicator]?.name[lang] ?? t.indicator;
  const { own, grdpGrowth } = evaluation.required;
  const fields: [string, string][] = [
    [w.target, `${targetText(t, unit, base, lang)}, ${w.inYear} ${yearsCell(t)} (${KIND_LABELS[t.kind][lang]})`],
    [w.projected, withUnit(numberCell(evaluation.projected, unit, lang), unit, lang, base)],
    [w.verdict, verdictText(evaluation, lang)],
    ...(evaluation.verdict === "noData" ? [] : [[w.basis, `${basisText(evaluation, lang)} (${outcomeYearsText(evaluation, lang)})`] as [string, string]]),
    [w.gap, withUnit(gapCell(evaluation.gap, unit, lang), unit, lang, base)],
    [w.requiredRate, solutionText(own, lang) + startNote(own, from, lang)],
  ];
  if (grdpGrowth) fields.push([w.requiredGrdp, solutionText(grdpGrowth, lang) + startNote(grdpGrowth, from, lang)]);
  if (t.reading) fields.push([w.note, t.active ? w.chosenReading : w.alternativeReading]);
  for (const note of notesText(evaluation, lang)) fields.push([w.notes, note]);
  const footnotes = [w.ownRateMeans, ...(grdpGrowth ? [w.grdpRateMeans] : [])];
  return [headline(run, w.targetsTitle, lang), "", `${t.id}: ${name}`, renderFields(fields), ...footnotes, ""].join("\n");
}

export const command: Command = {
  synopsis: "solve --region R --target ID [--from YEAR] [--scenario FILE] [--json]",
  flags: {
    region: REGION_FLAG,
    target: { kind: "string", required: true, valueName: "ID", help: { vi: "mã mục tiêu (xem lệnh targets)", en: "target id (see the targets command)" } },
    from: {
      kind: "string",
      valueName: "YEAR",
      help: { vi: "năm đầu tiên được đổi tốc độ (mặc định: sau năm cuối đã có số liệu)", en: "first year whose rate may change (default: after the last fixed year)" },
    },
    scenario: SCENARIO_FLAG,
    json: JSON_FLAG,
  },
  async run({ flags, lang }) {
    const run = await simulateFromFlags(stringFlag(flags, "region")!, stringFlag(flags, "scenario"));
    const target = findTarget(run, stringFlag(flags, "target")!);
    const from = fromYear(stringFlag(flags, "from"), run.region, target);
    const evaluation = evaluateTarget(run.simulation.projection, target, from);
    if (!flags.json) return solveText(run, evaluation, from, lang);
    return toJson({
      region: regionRecord(run.region),
      scenario: scenarioRecord(run),
      term: run.region.term,
      from: from ?? null,
      target: targetRecord(evaluation, run.simulation.projection),
    });
  },
};
