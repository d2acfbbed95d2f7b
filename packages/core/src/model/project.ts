import type { CompiledFormula, ModelIndicator, ModelInput, Projection, ProjectedSeries, Provenance } from "./types.js";
import { effectiveGrowth, fillLevelPath } from "./path.js";

const LINKED: Provenance = { status: "projected", note: { vi: "theo tăng trưởng GRDP", en: "linked to GRDP growth" } };
const PROJECTED: Provenance = { status: "projected" };
const BACKCAST: Provenance = {
  status: "backcast",
  note: { vi: "tính ngược từ mức cố định đầu tiên theo các tốc độ", en: "worked backward from the first fixed level with the rates" },
};
const NO_RATE: Provenance = { status: "assumption", note: { vi: "không có tốc độ: giữ nguyên", en: "no rate given: held flat" } };
const INDEX_BASE: Provenance = { status: "assumption", note: { vi: "chỉ số: năm gốc = 100", en: "index: base year = 100" } };
const REFUSED: Provenance = {
  status: "projected",
  note: {
    vi: "tổ hợp bị từ chối: hệ số co giãn thu × tăng GRDP danh nghĩa ≤ −100 % sẽ cho mức thu âm",
    en: "refused combination: revenue buoyancy × nominal GRDP growth ≤ −100 % would give a negative revenue",
  },
};
const FORMULA: Provenance = { status: "projected", note: { vi: "tính theo công thức", en: "computed by formula" } };

/**
 * Yearly growth of a level indicator: an explicit rate where the scenario or region
 * gives one, otherwise its link to the rate inputs (DESIGN section 1, linked growth).
 */
function levelGrowth(ind: ModelIndicator, input: ModelInput, out: Float64Array, info: Provenance[], refused: number[]): void {
  const explicit = input.rates[ind.id]!;
  const explicitInfo = input.rateInfo[ind.id]!;
  const g = input.rates.grdpGrowth!;
  const d = input.rates.deflator!;
  const p = input.rates.populationGrowth!;
  const b = input.revenueBuoyancy;
  out[0] = NaN;
  info[0] = PROJECTED;
  for (let i = 1; i < out.length; i++) {
    const e = explicit[i]!;
    if (!Number.isNaN(e)) {
      out[i] = e;
      info[i] = explicitInfo[i]!;
      continue;
    }
    const gi = nz(g[i]!), di = nz(d[i]!), pi = nz(p[i]!);
    switch (ind.linkage) {
      case "grdp":
        out[i] = gi;
        info[i] = LINKED;
        break;
      case "grdpPerCapita":
        out[i] = ((1 + gi) * (1 + di)) / (1 + pi) - 1;
        info[i] = LINKED;
        break;
      case "budgetRevenue": {
        const r = b * ((1 + gi) * (1 + di) - 1);
        // A level never turns negative: growth of −100 % or less is refused, the level left undefined.
        if (r <= -1) {
          out[i] = NaN;
          info[i] = REFUSED;
          refused.push(input.base + i);
        } else {
          out[i] = r;
          info[i] = LINKED;
        }
        break;
      }
      default:
        out[i] = 0;
        info[i] = NO_RATE;
    }
  }
}

function nz(v: number): number {
  return Number.isNaN(v) ? 0 : v;
}

function seriesFor(ind: ModelIndicator, input: ModelInput): ProjectedSeries {
  const n = input.years.length;
  const values = new Float64Array(n);
  const growth = new Float64Array(n);
  const provenance: Provenance[] = new Array(n);
  const growthProvenance: Provenance[] = new Array(n);
  const fixed = input.levels[ind.id]!;
  const fixedInfo = input.levelInfo[ind.id]!;
  let lastFixed = -1;
  let isIndex = false;
  const refused: number[] = [];
  if (ind.kind === "rate") {
    const r = input.rates[ind.id]!;
    const ri = input.rateInfo[ind.id]!;
    values[0] = NaN;
    provenance[0] = PROJECTED;
    for (let i = 1; i < n; i++) {
      values[i] = nz(r[i]!);
      provenance[i] = ri[i] ?? NO_RATE;
    }
    growth.set(values);
    for (let i = 0; i < n; i++) growthProvenance[i] = provenance[i]!;
    lastFixed = input.lastActualRate[ind.id]!;
  } else if (ind.kind === "tracked") {
    for (let i = 0; i < n; i++) {
      values[i] = fixed[i]!;
      provenance[i] = fixedInfo[i] ?? PROJECTED;
      if (!Number.isNaN(fixed[i]!)) lastFixed = i;
    }
    effectiveGrowth(values, growth);
    growthProvenance.fill(PROJECTED);
  } else {
    levelGrowth(ind, input, growth, growthProvenance, refused);
    isIndex = fixed.every(Number.isNaN);
    lastFixed = fillLevelPath(growth, fixed, values);
    let firstFixed = 0;
    while (firstFixed < n && Number.isNaN(fixed[firstFixed]!)) firstFixed++;
    for (let i = 0; i < n; i++)
      provenance[i] = fixedInfo[i] ?? (Number.isNaN(values[i]!) && refused.length > 0 ? REFUSED : i < firstFixed && !isIndex ? BACKCAST : PROJECTED);
    if (isIndex) provenance[0] = INDEX_BASE;
    // Between two fixed levels the path's growth is implied by them, not by the rate.
    effectiveGrowth(values, growth);
  }
  return {
    id: ind.id,
    name: ind.name,
    unit: isIndex ? "index" : ind.unit,
    kind: ind.kind,
    category: ind.category,
    values,
    growth,
    provenance,
    growthProvenance,
    lastFixed,
    isIndex,
    ...(refused.length > 0 ? { refused } : {}),
  };
}

/**
 * Tracked indicators depend on reported figures only, never on rates: they are
 * computed once per resolved input, which keeps the per-edit projection cheap.
 */
const trackedCache = new WeakMap<ModelInput, Map<string, ProjectedSeries>>();

function trackedSeries(ind: ModelIndicator, input: ModelInput): ProjectedSeries {
  let cache = trackedCache.get(input);
  if (!cache) trackedCache.set(input, (cache = new Map()));
  let s = cache.get(ind.id);
  if (!s) cache.set(ind.id, (s = seriesFor(ind, input)));
  return s;
}

/** Projects every indicator of the model over the term, then any formula indicators. */
export function project(input: ModelInput, formulas: readonly CompiledFormula[] = []): Projection {
  const series: Record<string, ProjectedSeries> = {};
  const order: string[] = [];
  for (const ind of input.indicators) {
    series[ind.id] = ind.kind === "tracked" ? trackedSeries(ind, input) : seriesFor(ind, input);
    order.push(ind.id);
  }
  for (const f of formulas) {
    series[f.id] = formulaSeries(f, input, series);
    order.push(f.id);
  }
  return { input, years: input.years, series, order };
}

function formulaSeries(f: CompiledFormula, input: ModelInput, series: Record<string, ProjectedSeries>): ProjectedSeries {
  const n = input.years.length;
  const values = new Float64Array(n);
  const growth = new Float64Array(n);
  const scope: Record<string, number> = {};
  // A formula that fails in one year (pow(2), round(1, 99) after an edit) keeps its
  // error on its own series; every other series, and the other years, still compute.
  let error: ProjectedSeries["error"];
  for (let i = 0; i < n; i++) {
    for (const id of f.inputs) scope[id] = series[id]?.values[i] ?? NaN;
    try {
      const v = f.evaluate(scope);
      values[i] = typeof v === "number" ? v : NaN;
    } catch (e) {
      values[i] = NaN;
      const problem = (e as { problem?: { vi: string; en: string } }).problem;
      const en = problem?.en ?? String((e as Error)?.message ?? e).split("\n")[0];
      const year = input.years[i]!;
      error ??= {
        vi: `formulas.${f.id}: ${problem?.vi ?? `lỗi khi tính: ${en}`} (khi tính năm ${year})`,
        en: `formulas.${f.id}: ${en} (evaluated in ${year})`,
      };
    }
  }
  effectiveGrowth(values, growth);
  return {
    id: f.id,
    name: f.name,
    unit: f.unit,
    kind: "formula",
    category: "economic",
    values,
    growth,
    provenance: new Array(n).fill(FORMULA),
    growthProvenance: new Array(n).fill(FORMULA),
    lastFixed: -1,
    isIndex: false,
    ...(error ? { error } : {}),
  };
}
