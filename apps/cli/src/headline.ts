import { evaluationNoteText, verdictLabel, type Lang, type Projection, type TargetEvaluation } from "@lotrinh/core";
import type { SimulationRun } from "./simulation.js";
import { words } from "./words.js";

/** "Thị xã Sa Pa (Lào Cai) · mục tiêu 2020–2025 · kịch bản: Tăng trưởng cao": the first line of every table. */
export function headline(run: SimulationRun, what: string, lang: Lang): string {
  const w = words(lang);
  const { region, scenario } = run;
  const parent = region.parent ? ` (${region.parent[lang]})` : "";
  const name = scenario ? (lang === "en" && scenario.nameEn ? scenario.nameEn : scenario.name) : w.regionDefaults;
  return `${region.name[lang]}${parent} · ${what} ${region.term.base}–${region.term.end} · ${w.scenario}: ${name}`;
}

/** An indicator's short label where the region gives one, else its name. */
export function indicatorLabel(projection: Projection, id: string, lang: Lang): string {
  const definition = projection.input.indicators.find((indicator) => indicator.id === id);
  return (definition?.short ?? definition?.name ?? projection.series[id]?.name)?.[lang] ?? id;
}

/** Vượt / đạt / không đạt / chưa có số liệu; an undefined value says why ("không xác định: …"). */
export function verdictText(evaluation: TargetEvaluation, lang: Lang): string {
  if (evaluation.verdict === "undefined") {
    // A refused combination is named as such, not as an arithmetic accident.
    if (evaluation.notes.some((n) => n.code === "refusedCombination")) return words(lang).refusedVerdict;
    return verdictLabel(evaluation.met, lang, evaluation.verdict, evaluation.projected);
  }
  return words(lang).verdicts[evaluation.verdict];
}

/** What the verdict rests on; nothing for a target without data. */
export function basisText(evaluation: TargetEvaluation, lang: Lang): string {
  if (evaluation.verdict === "noData") return "";
  return words(lang).bases[evaluation.basis];
}

/** "3/5 năm đã có số thực hiện". */
export function outcomeYearsText(evaluation: TargetEvaluation, lang: Lang): string {
  return words(lang).outcomeYears(evaluation.outcomeYears, evaluation.measuredYears);
}

/** Back-cast years and refused combinations, in words. */
export function notesText(evaluation: TargetEvaluation, lang: Lang): string[] {
  return evaluation.notes.map((note) => evaluationNoteText(note, lang));
}
