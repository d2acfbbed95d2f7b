import type { Region } from "../schema/region.js";
import type { Scenario } from "../schema/scenario.js";
import type { ParseResult } from "../schema/parse.js";
import type { CompiledFormula } from "../model/types.js";
import { resolveModel } from "../model/input.js";
import { targetSpecs } from "../targets/spec.js";
import { runRisk } from "./engine.js";
import { sensitivity } from "./sensitivity.js";
import { FAN_QUANTILES, type FanBand, type FanSeries, type RiskOptions, type RiskReport } from "./types.js";

/**
 * Region + scenario → Monte Carlo run over every target (in `targetSpecs` order) and the
 * tornado of each. Formulas are compiled by the caller (`@lotrinh/core/formulas`).
 */
export function simulateRisk(
  region: Region,
  scenario?: Scenario,
  options: RiskOptions = {},
  formulas: readonly CompiledFormula[] = [],
): ParseResult<RiskReport> {
  const input = resolveModel(region, scenario);
  if (!input.ok) return input;
  const targets = targetSpecs(region, scenario);
  return {
    ok: true,
    value: { risk: runRisk(input.value, targets, options, formulas), sensitivity: sensitivity(input.value, targets, formulas) },
  };
}

const K = FAN_QUANTILES.length;

/** The lower and upper edge of a central band (30, 60 or 90 %) of a fan in year index i. */
export function fanBand(fan: FanSeries, i: number, band: FanBand): [number, number] {
  // FAN_QUANTILES = 5, 20, 35, 50, 65, 80, 95 %: the 90 % band is 0–6, 60 % 1–5, 30 % 2–4.
  const k = band === 0.9 ? 0 : band === 0.6 ? 1 : 2;
  return [fan.quantiles[i * K + k]!, fan.quantiles[i * K + K - 1 - k]!];
}

/** The median of a fan in year index i. */
export function fanMedian(fan: FanSeries, i: number): number {
  return fan.quantiles[i * K + 3]!;
}
