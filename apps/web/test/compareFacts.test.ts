import { describe, expect, it } from "vitest";
import { simulate, type Projection, type Scenario } from "@lotrinh/core";
import { SCENARIO_COLORS } from "@lotrinh/charts";
import { backcastDifference, scenarioColor } from "../src/state/compareFacts";
import { bundleOf } from "./fixtures";

const bundle = bundleOf("sa-pa");
const projectionOf = (s: Scenario): Projection => {
  const r = simulate(bundle.region, s);
  if (!r.ok) throw new Error(r.error);
  return r.value.projection;
};
const scenario = (id: string) => bundle.builtIns.find((b) => b.id === id)!.scenario;

describe("scenario colours", () => {
  it("follow the scenario's place in the region's list, not the order of choosing", () => {
    const all = ["plan", "high-growth", "cautious", "u-1"];
    expect(scenarioColor(all, "cautious")).toBe(SCENARIO_COLORS[2]);
    expect(scenarioColor(all, "u-1")).toBe(SCENARIO_COLORS[3]);
    // Chosen as cautious then plan: each keeps its colour.
    expect(["cautious", "plan"].map((id) => scenarioColor(all, id))).toEqual([SCENARIO_COLORS[2], SCENARIO_COLORS[0]]);
  });
});

describe("differences of the past that come from back-casting", () => {
  it("Sa Pa: plan and cautious differ in per capita before its 2023 anchor, back-cast with each one's rates", () => {
    const d = backcastDifference([projectionOf(scenario("plan")), projectionOf(scenario("cautious"))]);
    const perCapita = d.indicators.find((i) => i.id === "grdpPerCapita");
    expect(perCapita?.years).toContain(2020);
    // The scenarios differ forward too (their rates do): the past is not the only difference.
    expect(d.only).toBe(false);
  });

  it("the same scenario twice differs nowhere; one that changes only rates before an anchor differs only in the past", () => {
    const plan = scenario("plan");
    expect(backcastDifference([projectionOf(plan), projectionOf(plan)])).toEqual({ indicators: [], only: false });
    const p = projectionOf(plan);
    const per = p.series.grdpPerCapita!;
    const anchor = per.provenance.findIndex((x) => x.status !== "backcast");
    expect(anchor).toBeGreaterThan(0);
    // Lower per-capita growth in the first back-cast year only: the past moves, the anchor and after do not.
    const year = p.years[1]!;
    const changed: Scenario = { ...plan, rates: { ...plan.rates, grdpGrowth: { ...plan.rates?.grdpGrowth, [String(year)]: 0.05 } } };
    const q = projectionOf(changed);
    const d = backcastDifference([p, q]);
    const levels = d.indicators.map((i) => i.id);
    expect(levels).toContain("grdpPerCapita");
    expect(d.indicators.find((i) => i.id === "grdpPerCapita")!.years.every((y) => y < p.years[anchor]!)).toBe(true);
  });

  it("says 'only' when every difference lies in back-cast years (by hand: two paths equal from the 2022 anchor on)", () => {
    const years = [2020, 2021, 2022, 2023];
    const path = (values: number[]): Projection =>
      ({
        years,
        series: {
          grdpPerCapita: {
            kind: "level",
            values: Float64Array.from(values),
            provenance: ["backcast", "backcast", "plan", "projected"].map((status) => ({ status })),
          },
          grdpGrowth: { kind: "rate", values: Float64Array.from([NaN, 0.1, 0.1, 0.1]), provenance: [] },
        },
      }) as unknown as Projection;
    // 50 = 60 / 1.2 and 54,5… = 60 / 1.1: the same 2022 anchor of 60, back-cast with 20 % and 10 %.
    const a = path([41.67, 50, 60, 66]);
    const b = path([49.59, 54.55, 60, 66]);
    expect(backcastDifference([a, b])).toEqual({ indicators: [{ id: "grdpPerCapita", years: [2020, 2021] }], only: true });
    // A forward difference too (2023): not only the past.
    expect(backcastDifference([a, path([49.59, 54.55, 60, 67])]).only).toBe(false);
  });
});
