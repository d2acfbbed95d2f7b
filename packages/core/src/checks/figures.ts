import type { LocalizedText } from "../indicators.js";
import type { ModelInput, Projection, ValueStatus } from "../model/types.js";
import { isOutcome } from "../model/types.js";
import type { CheckFigure } from "./types.js";

/** A plan figure of a level indicator: a plan level of the region, or a level target. */
export interface PlanFigure {
  year: number;
  value: number;
  source: string;
  /** The target's id, for a level target. */
  target?: string;
}

/**
 * An indicator's plan figures by year, earliest first: the region's plan levels and its
 * active level targets (one figure a year; a plan level wins over a target of the same year).
 */
export function planFigures(projection: Projection, indicator: string): PlanFigure[] {
  const region = projection.input.region;
  const byYear = new Map<number, PlanFigure>();
  for (const [key, v] of Object.entries(region.indicators[indicator]?.levels ?? {}))
    if (v.status === "plan" && v.source) byYear.set(Number(key), { year: Number(key), value: v.value, source: v.source });
  for (const t of region.targets) {
    if (t.indicator !== indicator || t.kind !== "level" || byYear.has(t.year)) continue;
    const reading = t.reading ? (projection.input.scenario?.readings?.[t.reading.group] ?? (t.reading.isDefault ? t.reading.option : undefined)) : undefined;
    if (t.reading && reading !== t.reading.option) continue;
    byYear.set(t.year, { year: t.year, value: t.value, source: t.source, target: t.id });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function nz(v: number | undefined): number {
  return v === undefined || Number.isNaN(v) ? 0 : v;
}

/** Geometric mean of a rate input over the growth years from+1..to, with the statuses it rests on. */
export function meanRate(input: ModelInput, id: string, from: number, to: number): { value: number; status: ValueStatus; source?: string } {
  const rates = input.rates[id]!;
  const info = input.rateInfo[id]!;
  let product = 1;
  const statuses = new Set<ValueStatus>();
  const sources = new Set<string>();
  for (let y = from + 1; y <= to; y++) {
    const i = y - input.base;
    product *= 1 + nz(rates[i]);
    const p = info[i];
    statuses.add(p?.status ?? "assumption");
    if (p?.edited) sources.add("scenario");
    else if (p?.source) sources.add(p.source);
  }
  // The weakest status names the figure: an assumption anywhere makes the mean an assumption.
  const order: ValueStatus[] = ["assumption", "projected", "backcast", "plan", "estimate", "actual"];
  const status = order.find((s) => statuses.has(s)) ?? "assumption";
  const value = Math.pow(product, 1 / (to - from)) - 1;
  return { value, status, source: sources.size > 0 ? [...sources].join(", ") : undefined };
}

export function yearsText(from: number, to: number): string {
  return to - from === 1 ? String(to) : `${from + 1}–${to}`;
}

/** A figure for a plan value. */
export function planFigure(name: LocalizedText, f: PlanFigure, unit: string): CheckFigure {
  return { label: { vi: `${name.vi} ${f.year}`, en: `${name.en} ${f.year}` }, value: f.value, unit, status: "plan", source: f.source };
}

/** A figure for a scenario's mean rate over some years. */
export function rateFigure(name: LocalizedText, input: ModelInput, id: string, from: number, to: number): CheckFigure {
  const m = meanRate(input, id, from, to);
  const span = yearsText(from, to);
  return {
    label: { vi: `${name.vi} ${span}${to - from > 1 ? " (bình quân)" : ""}`, en: `${name.en} ${span}${to - from > 1 ? " (average)" : ""}` },
    value: m.value,
    unit: "rate",
    status: m.status,
    source: m.source,
  };
}

export { isOutcome };
