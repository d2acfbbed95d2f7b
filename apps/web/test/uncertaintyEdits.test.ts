import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { resolveModel } from "@lotrinh/core";
import { planOf } from "../src/state/library";
import { freshSeed, ownSigma, setParam, setSigma } from "../src/probability/uncertaintyEdits";
import { computeDiff, applyDiff } from "../src/state/diff";
import { bundleOf } from "./fixtures";

const bundle = bundleOf("lao-cai");
const plan = planOf(bundle).scenario;

describe("uncertainty edits", () => {
  it("σ, persistence, correlation and seed reach the model's settings", () => {
    let s = setSigma(plan, "grdpGrowth", 0.015);
    s = setSigma(s, "revenueBuoyancy", 0.1);
    s = setParam(s, "persistence", 0);
    s = setParam(s, "growthDeflatorCorrelation", -0.3);
    s = setParam(s, "seed", 42);
    const m = resolveModel(bundle.region, s);
    if (!m.ok) throw new Error(m.error);
    expect(m.value.uncertainty.inputs.grdpGrowth!.sigma).toBe(0.015);
    expect(m.value.uncertainty).toMatchObject({ revenueBuoyancy: 0.1, persistence: 0, growthDeflatorCorrelation: -0.3, seed: 42 });
  });

  it("a skew given in the file survives a σ edit; removing every setting gives back the scenario", () => {
    const skewed = { ...plan, uncertainty: { deflator: { sigma: 0.01, skew: 0.2 } } };
    expect(setSigma(skewed, "deflator", 0.02).uncertainty).toEqual({ deflator: { sigma: 0.02, skew: 0.2 } });
    const s = setParam(setSigma(plan, "grdpGrowth", 0.02), "seed", 7);
    expect(ownSigma(s, "grdpGrowth")).toBe(0.02);
    expect(setParam(setSigma(s, "grdpGrowth", undefined), "seed", undefined)).toEqual(plan);
  });

  it("the seed travels in a link's diff and comes back", () => {
    const s = setParam(plan, "seed", 123456789);
    const back = applyDiff(plan, JSON.parse(JSON.stringify(computeDiff(plan, s))));
    expect(back.ok && (back.value as typeof s).params?.seed).toBe(123456789);
  });

  it("fresh seeds are 32-bit integers (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (r) => {
        const seed = freshSeed(() => r);
        expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
      }),
    );
  });
});
