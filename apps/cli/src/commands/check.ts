import {
  STATUS_LABELS,
  formatNumber,
  formatPercent,
  formatValue,
  planChecks,
  sourceList,
  sourceRef,
  type CheckFigure,
  type Region,
  type Lang,
  type PlanCheck,
} from "@lotrinh/core";
import { stringFlag } from "../args.js";
import type { Command } from "../command.js";
import { JSON_FLAG, REGION_FLAG, SCENARIO_FLAG } from "../common-flags.js";
import { headline } from "../headline.js";
import { finite, regionRecord, scenarioRecord, toJson } from "../records.js";
import { simulateFromFlags, type SimulationRun } from "../simulation.js";
import { renderFields } from "../table.js";
import { words } from "../words.js";

/** A check's number: a rate as percent a year, a ratio with three digits, a level with its unit. */
function valueText(value: number, unit: string, lang: Lang): string {
  if (unit === "rate") return `${formatPercent(value, lang)}${words(lang).perYear}`;
  if (unit === "ratio") return formatNumber(value, lang, 3);
  return formatValue(value, unit, lang);
}

function figureLine(f: CheckFigure, region: Region, lang: Lang): string {
  const w = words(lang);
  // Documents are cited by number, as in the sources list below the checks.
  const source = f.source === "scenario" ? w.scenarioSource : f.source && (sourceRef(region, f.source) ?? f.source);
  const origin = [STATUS_LABELS[f.status][lang], source].filter(Boolean).join(", ");
  return `${f.label[lang]} = ${valueText(f.value, f.unit, lang)} (${origin})`;
}

function checkText(check: PlanCheck, index: number, region: Region, lang: Lang): string {
  const w = words(lang);
  const range = `${valueText(check.plausible.min, check.unit, lang)} – ${valueText(check.plausible.max, check.unit, lang)}`;
  const fields: [string, string][] = [[w.formula, check.formula[lang]]];
  check.figures.forEach((f, i) => fields.push([i === 0 ? w.figuresUsed : "", figureLine(f, region, lang)]));
  if (check.verdict === "missingData") for (const m of check.missing) fields.push([w.missingFigures, m[lang]]);
  else fields.push([w.implied, valueText(check.implied, check.unit, lang)]);
  fields.push([w.plausibleRange, range], [w.finding, check.text[lang]]);
  return `${index + 1}. ${check.title[lang]}: ${w.checkVerdicts[check.verdict]}\n${renderFields(fields).replace(/^(\s*):(\s)/gm, "$1 $2")}`;
}

function checkRecord(check: PlanCheck) {
  return {
    id: check.id,
    key: check.key,
    title: check.title,
    formula: check.formula,
    figures: check.figures.map((f) => ({ label: f.label, value: finite(f.value), unit: f.unit, status: f.status, source: f.source ?? null })),
    implied: finite(check.implied),
    unit: check.unit,
    plausible: check.plausible,
    verdict: check.verdict,
    missing: check.missing,
    text: check.text,
  };
}

function checksText(run: SimulationRun, checks: readonly PlanCheck[], lang: Lang): string {
  const cited = new Set(checks.flatMap((c) => c.figures.map((f) => f.source)));
  const sources = sourceList(run.region, lang).filter((_, i) => cited.has(run.region.sources[i]!.id));
  return [
    headline(run, words(lang).checkTitle, lang),
    "",
    ...checks.map((c, i) => checkText(c, i, run.region, lang)),
    ...(sources.length ? [`${words(lang).sourcesHeading}:`, ...sources.map((s) => `  ${s}`)] : []),
  ].join("\n");
}

export const command: Command = {
  synopsis: "check --region R [--scenario FILE] [--json]",
  flags: { region: REGION_FLAG, scenario: SCENARIO_FLAG, json: JSON_FLAG },
  async run({ flags, lang }) {
    const run = await simulateFromFlags(stringFlag(flags, "region")!, stringFlag(flags, "scenario"));
    const checks = planChecks(run.simulation.projection);
    if (!flags.json) return checksText(run, checks, lang);
    return toJson({ region: regionRecord(run.region), scenario: scenarioRecord(run), term: run.region.term, checks: checks.map(checkRecord) });
  },
};
