import { standardIndicator } from "../indicators.js";
import type { Region } from "../schema/region.js";
import type { Scenario } from "../schema/scenario.js";
import type { ParseResult } from "../schema/parse.js";
import type { ModelIndicator, ModelInput, Provenance } from "./types.js";

const SCENARIO_EDIT = "edited in the scenario";

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
    if (std) list.push({ ...std, short: data?.short ?? std.short, category: "economic" });
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
      });
  }
  return list;
}

function fail(path: string, message: string): ParseResult<never> {
  return { ok: false, path, error: `scenario: ${path}: ${message}` };
}

interface RegionArrays {
  years: number[];
  indicators: ModelIndicator[];
  rates: Record<string, Float64Array>;
  rateInfo: Record<string, (Provenance | undefined)[]>;
  levels: Record<string, Float64Array>;
  levelInfo: Record<string, (Provenance | undefined)[]>;
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
  for (const ind of indicators) {
    const data = region.indicators[ind.id];
    const r = new Float64Array(n).fill(NaN);
    const ri: (Provenance | undefined)[] = new Array(n).fill(undefined);
    for (const [key, v] of Object.entries(data?.rates ?? {})) {
      const i = Number(key) - base;
      r[i] = v.value;
      ri[i] = { status: v.status, source: v.source, note: v.note };
    }
    const l = new Float64Array(n).fill(NaN);
    const li: (Provenance | undefined)[] = new Array(n).fill(undefined);
    const entries = Object.entries(data?.levels ?? {}).sort(([a], [b]) => Number(a) - Number(b));
    const hasActual = entries.some(([, v]) => v.status === "actual");
    let anchored = false;
    for (const [key, v] of entries) {
      const i = Number(key) - base;
      const isAnchor = v.status === "plan" && !hasActual && !anchored && ind.kind === "level";
      // Later plan figures are targets, not pins: only actuals, assumptions and the anchor fix the path.
      if (v.status === "plan" && !isAnchor) continue;
      if (isAnchor) anchored = true;
      l[i] = v.value;
      li[i] = { status: v.status, source: v.source, note: v.note, anchor: isAnchor || undefined };
    }
    rates[ind.id] = r;
    rateInfo[ind.id] = ri;
    levels[ind.id] = l;
    levelInfo[ind.id] = li;
  }
  const arrays = { years, indicators, rates, rateInfo, levels, levelInfo };
  regionCache.set(region, arrays);
  return arrays;
}

/**
 * Resolves a region and an optional scenario into the model's flat arrays.
 * Scenario values override the region's; years the scenario omits keep the region's defaults.
 */
export function resolveModel(region: Region, scenario?: Scenario): ParseResult<ModelInput> {
  const { base, end } = region.term;
  const shared = regionArrays(region);
  const { years, indicators } = shared;
  const n = years.length;
  const byId = new Map(indicators.map((d) => [d.id, d]));
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
  let revenueBuoyancyInfo: Provenance = {
    status: region.params.revenueBuoyancy.status,
    source: region.params.revenueBuoyancy.source,
    note: region.params.revenueBuoyancy.note,
  };

  if (scenario) {
    const actual = scenario.actual ?? {};
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
          const isActual = (actual[id] ?? []).includes(y);
          const info: Provenance = isActual
            ? { status: "actual", source: "scenario", note: "marked as actual in the scenario", edited: true }
            : { status: "assumption", note: SCENARIO_EDIT, edited: true };
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
    for (const [id, yearsLocked] of Object.entries(actual)) {
      if (!byId.has(id)) return fail(`actual.${id}`, `unknown indicator '${id}' for ${region.id}`);
      for (const y of yearsLocked) {
        if (y < base || y > end) return fail(`actual.${id}`, `year ${y} is outside the term ${base}–${end}`);
        const i = y - base;
        // Locking a year keeps its current value and marks it actual.
        for (const info of [rateInfo[id]!, levelInfo[id]!])
          if (info[i] && info[i]!.status !== "actual")
            info[i] = { status: "actual", source: "scenario", note: "marked as actual in the scenario", edited: true };
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
    for (const id of Object.keys(scenario.uncertainty ?? {}))
      if (!byId.has(id)) return fail(`uncertainty.${id}`, `unknown indicator '${id}' for ${region.id}`);
    if (scenario.params?.revenueBuoyancy !== undefined) {
      revenueBuoyancy = scenario.params.revenueBuoyancy;
      revenueBuoyancyInfo = { status: "assumption", note: SCENARIO_EDIT, edited: true };
    }
  }

  for (const ind of indicators) {
    let last = -1;
    const info = rateInfo[ind.id]!;
    for (let i = 1; i < n; i++) if (info[i]?.status === "actual") last = i;
    lastActualRate[ind.id] = last;
  }

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
    },
  };
}
