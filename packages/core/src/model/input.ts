import { standardIndicator } from "../indicators.js";
import { outcomeOf, rateInDomain } from "./domain.js";
import type { Region } from "../schema/region.js";
import type { Scenario } from "../schema/scenario.js";
import type { ParseResult } from "../schema/parse.js";
import { readingGroups } from "../targets/spec.js";
import type { ModelIndicator, ModelInput, Provenance } from "./types.js";
import { isOutcome } from "./types.js";

import { fail, provenanceOf, resolveBaseLevels, resolveUncertainty, SCENARIO_EDIT, SCENARIO_OUTCOME } from "./settings.js";
const LEGACY_LOCK: Provenance["note"] = { vi: "đánh dấu là thực hiện trong kịch bản", en: "marked as actual in the scenario" };

export { DEFAULT_PERSISTENCE, DEFAULT_SEED } from "./settings.js";

/** The region's indicators with their definitions, standard ones first in model order. */
export function regionIndicators(region: Region): ModelIndicator[] {
  const list: ModelIndicator[] = [];
  const ids = Object.keys(region.indicators);
  const ordered = [...ids.filter((id) => standardIndicator(id)), ...ids.filter((id) => !standardIndicator(id))];
  // Real GRDP is always modelled (as an index when no level is known): it carries the growth path.
  if (!ids.includes("grdp")) ordered.splice(3, 0, "grdp");
  for (const id of ordered) {
    const std = standardIndicator(id);
    const data = region.indicators[id];
    if (std)
      // A region may name a standard indicator as its documents do (Lào Cai: "Tổng vốn đầu tư toàn xã hội").
      list.push({
        ...std,
        name: data?.name ?? std.name,
        short: data?.short ?? std.short,
        category: "economic",
        better: data?.better ?? std.better ?? "higher",
      });
    else if (data)
      list.push({
        id,
        name: data.name!,
        short: data.short,
        unit: data.unit!,
        kind: data.kind!,
        basis: data.basis!,
        linkage: data.kind === "level" ? "own" : undefined,
        category: data.category ?? "economic",
        better: data.better ?? "higher",
      });
  }
  return list;
}

interface PlanLevel {
  index: number;
  value: number;
  info: Provenance;
}

interface RegionArrays {
  years: number[];
  indicators: ModelIndicator[];
  byId: Map<string, ModelIndicator>;
  rates: Record<string, Float64Array>;
  rateInfo: Record<string, (Provenance | undefined)[]>;
  /** Fixed levels without the plan anchor: the anchor is chosen after the scenario's outcomes merge. */
  levels: Record<string, Float64Array>;
  levelInfo: Record<string, (Provenance | undefined)[]>;
  /** Plan level figures by year, earliest first: the first is the anchor when no outcome exists. */
  planLevels: Record<string, PlanLevel[]>;
}

/**
 * The region's own values as arrays, built once per region: every edit of a
 * scenario resolves again, and only the scenario's overrides differ.
 */
const regionCache = new WeakMap<Region, RegionArrays>();

function regionArrays(region: Region): RegionArrays {
  const cached = regionCache.get(region);
  if (cached) return cached;
  const { base, end } = region.term;
  const n = end - base + 1;
  const years = Array.from({ length: n }, (_, i) => base + i);
  const indicators = regionIndicators(region);
  const rates: Record<string, Float64Array> = {};
  const rateInfo: Record<string, (Provenance | undefined)[]> = {};
  const levels: Record<string, Float64Array> = {};
  const levelInfo: Record<string, (Provenance | undefined)[]> = {};
  const planLevels: Record<string, PlanLevel[]> = {};
  for (const ind of indicators) {
    const data = region.indicators[ind.id];
    const r = new Float64Array(n).fill(NaN);
    const ri: (Provenance | undefined)[] = new Array(n).fill(undefined);
    for (const [key, v] of Object.entries(data?.rates ?? {})) {
      const i = Number(key) - base;
      r[i] = v.value;
      ri[i] = provenanceOf(v);
    }
    const l = new Float64Array(n).fill(NaN);
    const li: (Provenance | undefined)[] = new Array(n).fill(undefined);
    const plans: PlanLevel[] = [];
    const entries = Object.entries(data?.levels ?? {}).sort(([a], [b]) => Number(a) - Number(b));
    for (const [key, v] of entries) {
      const i = Number(key) - base;
      // Plan figures are targets, not pins; only the earliest may anchor the path (decided later).
      if (v.status === "plan") {
        plans.push({ index: i, value: v.value, info: provenanceOf(v, true) });
        continue;
      }
      l[i] = v.value;
      li[i] = provenanceOf(v);
    }
    rates[ind.id] = r;
    rateInfo[ind.id] = ri;
    levels[ind.id] = l;
    levelInfo[ind.id] = li;
    planLevels[ind.id] = plans;
  }
  const arrays = { years, indicators, byId: new Map(indicators.map((d) => [d.id, d])), rates, rateInfo, levels, levelInfo, planLevels };
  regionCache.set(region, arrays);
  return arrays;
}

/**
 * Resolves a region and an optional scenario into the model's flat arrays.
 * Scenario values override the region's; years the scenario omits keep the region's defaults.
 * Outcomes (actual, estimate) fix values; the plan anchor rule runs on the merged data.
 */
export function resolveModel(region: Region, scenario?: Scenario): ParseResult<ModelInput> {
  const { base, end } = region.term;
  const shared = regionArrays(region);
  const { years, indicators, byId } = shared;
  const n = years.length;
  if (scenario && scenario.region !== region.id)
    return fail("region", `the scenario is for '${scenario.region}', not '${region.id}'`);

  // Copies, so that the scenario's overrides never reach the cached region arrays.
  const rates: Record<string, Float64Array> = {};
  const rateInfo: Record<string, (Provenance | undefined)[]> = {};
  const levels: Record<string, Float64Array> = {};
  const levelInfo: Record<string, (Provenance | undefined)[]> = {};
  const lastActualRate: Record<string, number> = {};
  for (const ind of indicators) {
    rates[ind.id] = shared.rates[ind.id]!.slice();
    rateInfo[ind.id] = shared.rateInfo[ind.id]!.slice();
    levels[ind.id] = shared.levels[ind.id]!.slice();
    levelInfo[ind.id] = shared.levelInfo[ind.id]!.slice();
  }

  let revenueBuoyancy = region.params.revenueBuoyancy.value;
  let revenueBuoyancyInfo: Provenance = provenanceOf(region.params.revenueBuoyancy);

  if (scenario) {
    for (const [field, table] of [
      ["rates", scenario.rates ?? {}],
      ["levels", scenario.levels ?? {}],
    ] as const) {
      for (const [id, byYear] of Object.entries(table)) {
        const ind = byId.get(id);
        if (!ind) return fail(`${field}.${id}`, `unknown indicator '${id}' for ${region.id}`);
        if (field === "levels" && ind.kind === "rate")
          return fail(`${field}.${id}`, `${id} is a rate: set it under rates`);
        if (field === "rates" && ind.kind === "tracked")
          return fail(`${field}.${id}`, `${id} has no growth path: set it under levels`);
        const first = field === "rates" ? base + 1 : base;
        for (const [key, value] of Object.entries(byYear)) {
          const y = Number(key);
          if (y < first || y > end)
            return fail(`${field}.${id}.${key}`, `year ${key} is outside the term ${first}–${end}`);
          const i = y - base;
          const info: Provenance = { status: "assumption", note: SCENARIO_EDIT, edited: true };
          if (field === "rates") {
            rates[id]![i] = value;
            rateInfo[id]![i] = info;
          } else {
            levels[id]![i] = value;
            levelInfo[id]![i] = info;
          }
        }
      }
    }
    for (const [id, byYear] of Object.entries(scenario.actuals ?? {})) {
      const ind = byId.get(id);
      if (!ind) return fail(`actuals.${id}`, `unknown indicator '${id}' for ${region.id}`);
      const isRate = ind.kind === "rate";
      const first = isRate ? base + 1 : base;
      for (const [key, entry] of Object.entries(byYear)) {
        const where = `actuals.${id}.${key}`;
        const y = Number(key);
        if (y < first || y > end) return fail(where, `year ${key} is outside the term ${first}–${end}`);
        const o = outcomeOf(entry);
        if (isRate && !rateInDomain(o.value))
          return fail(where, "a rate must lie in (−100 %, +1000 %], i.e. −1 < rate ≤ 10 as a fraction");
        if (!isRate && !(o.value >= 0)) return fail(where, "a level must be ≥ 0");
        const i = y - base;
        const info: Provenance = { status: o.status, source: o.source, note: SCENARIO_OUTCOME, edited: true };
        if (isRate) {
          rates[id]![i] = o.value;
          rateInfo[id]![i] = info;
        } else {
          levels[id]![i] = o.value;
          levelInfo[id]![i] = info;
        }
      }
    }
    for (const [id, yearsLocked] of Object.entries(scenario.actual ?? {})) {
      if (!byId.has(id)) return fail(`actual.${id}`, `unknown indicator '${id}' for ${region.id}`);
      for (const y of yearsLocked) {
        if (y < base || y > end) return fail(`actual.${id}`, `year ${y} is outside the term ${base}–${end}`);
        const i = y - base;
        // Locking a year (version-1 form) keeps its current value and marks it actual.
        for (const info of [rateInfo[id]!, levelInfo[id]!])
          if (info[i] && !isOutcome(info[i]!.status))
            info[i] = { status: "actual", source: "scenario", note: LEGACY_LOCK, edited: true };
      }
    }
    for (const [id, f] of Object.entries(scenario.formulas ?? {}))
      for (const [k, t] of (f.targets ?? []).entries()) {
        const where = `formulas.${id}.targets.${k}`;
        if (t.indicator !== id) return fail(`${where}.indicator`, `a formula's target must be on the formula itself ('${id}')`);
        if (t.year < base || t.year > end) return fail(`${where}.year`, `year ${t.year} is outside the term ${base}–${end}`);
        if (t.fromYear !== undefined && t.fromYear < base)
          return fail(`${where}.fromYear`, `year ${t.fromYear} is outside the term ${base}–${end}`);
      }
    const readings = Object.entries(scenario.readings ?? {});
    const groups = readings.length > 0 ? readingGroups(region) : [];
    for (const [group, option] of readings) {
      const g = groups.find((x) => x.group === group);
      if (!g) return fail(`readings.${group}`, `unknown reading group '${group}' for ${region.id}`);
      if (!g.options.includes(option))
        return fail(`readings.${group}`, `unknown reading '${option}': choose ${g.options.map((o) => `'${o}'`).join(" or ")}`);
    }
    if (scenario.params?.revenueBuoyancy !== undefined) {
      revenueBuoyancy = scenario.params.revenueBuoyancy;
      revenueBuoyancyInfo = { status: "assumption", note: SCENARIO_EDIT, edited: true };
    }
  }

  // The anchor rule on the merged data: the earliest plan figure fixes a level
  // indicator's path only where neither the region nor the scenario gives an outcome.
  for (const ind of indicators) {
    const plans = shared.planLevels[ind.id]!;
    if (ind.kind !== "level" || plans.length === 0) continue;
    const info = levelInfo[ind.id]!;
    if (info.some((p) => p !== undefined && isOutcome(p.status))) continue;
    const anchor = plans[0]!;
    if (info[anchor.index] !== undefined) continue;
    levels[ind.id]![anchor.index] = anchor.value;
    info[anchor.index] = anchor.info;
  }

  for (const ind of indicators) {
    let last = -1;
    const info = rateInfo[ind.id]!;
    for (let i = 1; i < n; i++) if (isOutcome(info[i]?.status)) last = i;
    lastActualRate[ind.id] = last;
  }

  const baseLevels = resolveBaseLevels(region, scenario);
  if (!baseLevels.ok) return baseLevels;
  const uncertainty = resolveUncertainty(region, scenario, indicators);
  if (!uncertainty.ok) return uncertainty;

  return {
    ok: true,
    value: {
      region,
      scenario,
      base,
      end,
      years,
      indicators,
      rates,
      rateInfo,
      levels,
      levelInfo,
      revenueBuoyancy,
      revenueBuoyancyInfo,
      lastActualRate,
      baseLevels: baseLevels.value,
      uncertainty: uncertainty.value,
    },
  };
}
