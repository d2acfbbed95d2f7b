import { isRateInput } from "../indicators.js";
import type { Region, SourcedValueT } from "../schema/region.js";
import type { Scenario } from "../schema/scenario.js";
import { outcomeOf, uncertaintyOf } from "./domain.js";
import type { ParseResult } from "../schema/parse.js";
import type { FixedValue, InputUncertainty, ModelIndicator, ModelInput, Provenance, UncertaintySettings } from "./types.js";

/** Shared pieces of scenario resolution: failures, provenance, base levels and Monte Carlo settings. */

export const SCENARIO_EDIT: Provenance["note"] = { vi: "sửa trong kịch bản", en: "edited in the scenario" };
export const SCENARIO_OUTCOME: Provenance["note"] = { vi: "số liệu nhập trong kịch bản", en: "entered in the scenario" };

export function fail(path: string, message: string): ParseResult<never> {
  return { ok: false, path, error: `scenario: ${path}: ${message}` };
}

export function provenanceOf(v: SourcedValueT, anchor?: boolean): Provenance {
  return { status: v.status, source: v.source, note: v.note, derivedFrom: v.derivedFrom, anchor: anchor || undefined };
}

export const DEFAULT_PERSISTENCE = 0.5;
export const DEFAULT_SEED = 20251;

/** Base-year levels (ICOR check) and Monte Carlo settings: region defaults, then the scenario's. */
export function resolveBaseLevels(region: Region, scenario?: Scenario): ParseResult<ModelInput["baseLevels"]> {
  const out: ModelInput["baseLevels"] = {};
  for (const key of ["grdpCurrentPrices", "population"] as const) {
    const r = region.baseLevels?.[key];
    if (r) out[key] = { value: r.value, info: provenanceOf(r) };
    const s = scenario?.baseLevels?.[key];
    if (s !== undefined) {
      const o = outcomeOf(s);
      if (!(o.value >= 0)) return fail(`baseLevels.${key}`, "a level must be ≥ 0");
      out[key] = { value: o.value, info: { status: o.status, source: o.source, note: SCENARIO_OUTCOME, edited: true } } satisfies FixedValue;
    }
  }
  return { ok: true, value: out };
}

export function resolveUncertainty(region: Region, scenario: Scenario | undefined, indicators: readonly ModelIndicator[]): ParseResult<UncertaintySettings> {
  const inputs: Record<string, InputUncertainty> = {};
  for (const ind of indicators) {
    const u = region.indicators[ind.id]?.uncertainty;
    if (u && isRateInput(ind)) inputs[ind.id] = { sigma: u.sigma, skew: u.skew ?? 0, info: { status: "assumption", note: u.note } };
  }
  let buoyancySigma = 0;
  for (const [id, entry] of Object.entries(scenario?.uncertainty ?? {})) {
    const { sigma, skew } = uncertaintyOf(entry);
    if (id === "revenueBuoyancy") {
      buoyancySigma = sigma;
      continue;
    }
    const ind = indicators.find((d) => d.id === id);
    if (!ind) return fail(`uncertainty.${id}`, `unknown indicator '${id}' for ${region.id}`);
    if (!isRateInput(ind))
      return fail(`uncertainty.${id}`, `${id} is linked to other inputs and varies through them: give σ for a rate input or revenueBuoyancy`);
    inputs[id] = { sigma, skew, info: { status: "assumption", note: SCENARIO_EDIT, edited: true } };
  }
  const params = scenario?.params;
  return {
    ok: true,
    value: {
      inputs,
      revenueBuoyancy: buoyancySigma,
      persistence: params?.persistence ?? region.params.persistence?.value ?? DEFAULT_PERSISTENCE,
      growthDeflatorCorrelation: params?.growthDeflatorCorrelation ?? region.params.growthDeflatorCorrelation?.value ?? 0,
      seed: params?.seed ?? DEFAULT_SEED,
    },
  };
}
