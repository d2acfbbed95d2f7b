import type { ModelInput, Projection, ProjectedSeries, Provenance } from "../model/types.js";
import { isOutcome } from "../model/types.js";
import type { TargetSpec, VerdictBasis } from "./types.js";

export interface BasisInfo {
  basis: VerdictBasis;
  measuredYears: number;
  outcomeYears: number;
  backcastYears: number[];
}

/** The indices a target measures: its year, or the years of its average or sum. */
export function measuredIndices(t: TargetSpec, base: number): number[] {
  const iy = t.year - base;
  let ia = (t.fromYear ?? t.year) - base;
  if (t.kind === "level" || t.kind === "annualRate") ia = iy;
  // Growth years start at base + 1: an average "over 2020–2025" means 2021–2025.
  if (t.kind === "averageGrowth") ia = Math.max(1, ia);
  const out: number[] = [];
  for (let i = ia; i <= iy; i++) out.push(i);
  return out;
}

const linkageCache = new WeakMap<ModelInput, Map<string, string | undefined>>();

function linkageOf(input: ModelInput, id: string): string | undefined {
  let map = linkageCache.get(input);
  if (!map) linkageCache.set(input, (map = new Map(input.indicators.map((d) => [d.id, d.linkage]))));
  return map.get(id);
}

/**
 * The inputs a growth of year i rests on: an explicit rate, the levels that imply
 * it, or the rate inputs of its link (DESIGN section 1, linked growth).
 */
function growthLeaves(s: ProjectedSeries, input: ModelInput, linkage: string | undefined, i: number, out: Provenance[]): void {
  if (s.kind === "rate") {
    out.push(s.provenance[i]!);
    return;
  }
  const fixedInfo = input.levelInfo[s.id];
  if (fixedInfo?.[i] && fixedInfo[i - 1]) {
    out.push(fixedInfo[i]!, fixedInfo[i - 1]!);
    return;
  }
  const explicit = input.rateInfo[s.id]?.[i];
  if (explicit) {
    out.push(explicit);
    return;
  }
  const push = (id: string) => {
    const p = input.rateInfo[id]?.[i];
    if (p) out.push(p);
  };
  switch (linkage) {
    case "grdp":
      push("grdpGrowth");
      break;
    case "grdpPerCapita":
      push("grdpGrowth");
      push("deflator");
      push("populationGrowth");
      break;
    case "budgetRevenue":
      push("grdpGrowth");
      push("deflator");
      out.push(input.revenueBuoyancyInfo);
      break;
    default:
      out.push(s.growthProvenance[i]!);
  }
}

/** The inputs a level of year i rests on: its fixed value, or the fixed level it grows from and the growths between. */
function levelLeaves(s: ProjectedSeries, input: ModelInput, linkage: string | undefined, i: number, out: Provenance[]): boolean {
  const fixedInfo = input.levelInfo[s.id];
  const own = fixedInfo?.[i];
  if (own || s.kind === "tracked" || s.kind === "formula") {
    out.push(own ?? s.provenance[i]!);
    return false;
  }
  let first = -1;
  let prev = -1;
  for (let j = 0; j < s.values.length; j++)
    if (fixedInfo?.[j]) {
      if (first < 0) first = j;
      if (j < i) prev = j;
    }
  if (prev >= 0) {
    out.push(fixedInfo![prev]!);
    for (let j = prev + 1; j <= i; j++) growthLeaves(s, input, linkage, j, out);
    return false;
  }
  if (first > i) {
    out.push(fixedInfo![first]!);
    for (let j = i + 1; j <= first; j++) growthLeaves(s, input, linkage, j, out);
    return true;
  }
  for (let j = 1; j <= i; j++) growthLeaves(s, input, linkage, j, out);
  return false;
}

/**
 * A one-year target whose measured value is, by default, the plan figure the same
 * document states as the target (Lai Châu's 2024 growth "khoảng 9 %" is both the
 * 2024 default rate and the target): the verdict restates the plan.
 */
function ownPlanFigure(s: ProjectedSeries, input: ModelInput, t: TargetSpec): boolean {
  if (t.kind !== "annualRate" && t.kind !== "level") return false;
  const i = t.year - input.base;
  let p: Provenance | undefined;
  if (t.kind === "level") p = input.levelInfo[s.id]?.[i];
  else p = s.kind === "rate" ? s.provenance[i] : input.rateInfo[s.id]?.[i];
  return p !== undefined && p.status === "plan" && !p.edited && p.source !== undefined && p.source === t.source;
}

/**
 * What a verdict rests on (DESIGN section 1, basis): `actual` when every measured
 * value is an outcome, `circular` when a value rests on an assumption read from this
 * very target, `projection` otherwise. Also counts the outcome years and names the
 * back-cast ones.
 */
export function basisOf(projection: Projection, t: TargetSpec): BasisInfo {
  const s = projection.series[t.indicator];
  const input = projection.input;
  const indices = measuredIndices(t, input.base);
  if (!s) return { basis: "projection", measuredYears: indices.length, outcomeYears: 0, backcastYears: [] };
  const leaves: Provenance[] = [];
  const backcastYears: number[] = [];
  let outcomeYears = 0;
  const measuresGrowth = t.kind === "annualRate" || t.kind === "averageGrowth";
  const linkage = linkageOf(input, s.id);
  for (const i of indices) {
    const before = leaves.length;
    if (measuresGrowth) growthLeaves(s, input, linkage, i, leaves);
    else if (levelLeaves(s, input, linkage, i, leaves)) backcastYears.push(input.base + i);
    let outcome = leaves.length > before;
    for (let j = before; j < leaves.length && outcome; j++) outcome = isOutcome(leaves[j]!.status);
    if (outcome) outcomeYears++;
  }
  const circular = leaves.some((p) => p.derivedFrom === t.id) || ownPlanFigure(s, input, t);
  const basis: VerdictBasis = outcomeYears === indices.length ? "actual" : circular ? "circular" : "projection";
  return { basis, measuredYears: indices.length, outcomeYears, backcastYears };
}
