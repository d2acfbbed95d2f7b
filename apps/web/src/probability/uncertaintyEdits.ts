import { uncertaintyOf, type Scenario } from "@lotrinh/core";

/**
 * Pure edits of a scenario's uncertainty: σ per rate input (and of the revenue buoyancy) in
 * `uncertainty`, persistence ρ, growth–deflator correlation and the seed in `params`. The seed
 * rides in the scenario, so a link (its diff carries `params`) reproduces the same numbers.
 */

function setField<K extends keyof Scenario>(s: Scenario, key: K, value: Scenario[K] | undefined): Scenario {
  const next = { ...s };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** σ of one input (a fraction: 0.015 = 1,5 điểm %); undefined returns it to the region's default. Keeps a skew the file gave. */
export function setSigma(s: Scenario, input: string, sigma: number | undefined): Scenario {
  const table = { ...s.uncertainty };
  const old = Object.hasOwn(table, input) ? uncertaintyOf(table[input]!) : undefined;
  if (sigma === undefined) delete table[input];
  else table[input] = old && old.skew !== 0 ? { sigma, skew: old.skew } : sigma;
  return setField(s, "uncertainty", Object.keys(table).length ? table : undefined);
}

export type UncertaintyParam = "persistence" | "growthDeflatorCorrelation" | "seed";

export function setParam(s: Scenario, key: UncertaintyParam, value: number | undefined): Scenario {
  const params = { ...s.params };
  if (value === undefined) delete params[key];
  else params[key] = value;
  return setField(s, "params", Object.keys(params).length ? params : undefined);
}

/** The scenario's own σ for an input, if it sets one. */
export function ownSigma(s: Scenario, input: string): number | undefined {
  return s.uncertainty && Object.hasOwn(s.uncertainty, input) ? uncertaintyOf(s.uncertainty[input]!).sigma : undefined;
}

/** A new seed, as "Lấy mẫu khác" gives: any 32-bit integer. */
export function freshSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x100000000) >>> 0;
}
