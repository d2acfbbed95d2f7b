import type { OutcomeEntryT, UncertaintyEntryT } from "../schema/scenario.js";

/**
 * Domain bounds and the readers of scenario entries, free of zod: the model imports them,
 * so they must not pull the schemas (and zod) into the web app's initial bundle.
 * The schemas (../schema/common.ts, ../schema/scenario.ts) re-export them.
 */
export const RATE_MIN = -1;
export const RATE_MAX = 10;
export const BUOYANCY_MAX = 10;

export function rateInDomain(v: number): boolean {
  return v > RATE_MIN && v <= RATE_MAX;
}

/** An `actuals` entry: a bare number is an actual. */
export function outcomeOf(e: OutcomeEntryT): { value: number; status: "actual" | "estimate"; source?: string } {
  if (typeof e === "number") return { value: e, status: "actual" };
  return { value: e.value, status: e.status ?? "actual", source: e.source || undefined };
}

/** σ and skew of an uncertainty entry. */
export function uncertaintyOf(e: UncertaintyEntryT): { sigma: number; skew: number } {
  if (typeof e === "number") return { sigma: e, skew: 0 };
  return { sigma: e.sigma, skew: e.skew ?? 0 };
}
