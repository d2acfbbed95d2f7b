import type { Region } from "../schema/region.js";
import type { Scenario } from "../schema/scenario.js";
import type { TargetSpec } from "./types.js";

/**
 * The last specs built for a region, with the readings and formulas they were built from. A slider
 * edits a scenario's rates and keeps these two objects: each of its edits finds the specs built, and
 * the same spec objects reach the evaluations (and React's memoised rows) again.
 */
const lastSpecs = new WeakMap<Region, { readings: Scenario["readings"]; formulas: Scenario["formulas"]; specs: readonly TargetSpec[] }>();

/** Every target of a region and its scenario's formulas, with the scenario's chosen readings applied (frozen: shared between calls). */
export function targetSpecs(region: Region, scenario?: Scenario): readonly TargetSpec[] {
  const readings = scenario?.readings;
  const formulas = scenario?.formulas;
  const last = lastSpecs.get(region);
  if (last && last.readings === readings && last.formulas === formulas) return last.specs;
  const specs = Object.freeze(buildSpecs(region, readings ?? {}, formulas ?? {}).map((t) => Object.freeze(t)));
  lastSpecs.set(region, { readings, formulas, specs });
  return specs;
}

function buildSpecs(region: Region, readings: NonNullable<Scenario["readings"]>, formulas: NonNullable<Scenario["formulas"]>): TargetSpec[] {
  const specs: TargetSpec[] = region.targets.map((t) => ({
    ...t,
    priority: t.priority ?? false,
    active: t.reading ? (readings[t.reading.group] ?? defaultOption(region, t.reading.group)) === t.reading.option : true,
  }));
  for (const [id, f] of Object.entries(formulas))
    for (const t of f.targets ?? [])
      specs.push({ ...t, indicator: t.indicator || id, category: "economic", priority: false, scope: "term", active: true });
  return specs;
}

function defaultOption(region: Region, group: string): string | undefined {
  return region.targets.find((t) => t.reading?.group === group && t.reading.isDefault)?.reading?.option;
}

/** The reading groups of a region: each ambiguous figure with its options. */
export function readingGroups(region: Region): { group: string; options: string[]; defaultOption?: string }[] {
  const groups = new Map<string, { options: string[]; defaultOption?: string }>();
  for (const t of region.targets) {
    if (!t.reading) continue;
    const g = groups.get(t.reading.group) ?? { options: [] };
    if (!g.options.includes(t.reading.option)) g.options.push(t.reading.option);
    if (t.reading.isDefault) g.defaultOption = t.reading.option;
    groups.set(t.reading.group, g);
  }
  return [...groups].map(([group, g]) => ({ group, ...g }));
}
