import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { reducer, type Action, type ScenarioEdit } from "../src/state/reducer";
import { activeScenario, baseOf } from "../src/state/library";
import { rangeNeighbours, stepAheadScenarios } from "../src/state/stepAhead";
import { setOutcomeKind } from "../src/outcomes/edits";
import type { AppState } from "../src/state/types";
import { stateFor, testId } from "./fixtures";

const edit = (e: ScenarioEdit, at = 0): Action => ({ type: "edit", edit: e, newId: testId(), at });
const run = (s: AppState, ...actions: Action[]) => actions.reduce(reducer, s);
const active = (s: AppState) => activeScenario(s.bundles[s.regionId]!, s.history.present);
const ahead = (s: AppState, indicator: string, year: number, values: number[]) => {
  const bundle = s.bundles[s.regionId]!;
  return stepAheadScenarios(bundle.region, baseOf(bundle, active(s)).scenario, active(s).scenario, indicator, year, values);
};

describe("a slider's neighbouring values (the HTML range stepping rule)", () => {
  it("are one step either side, on the grid from min, inside [min, max]", () => {
    // 131 thousandths ± 1 = 130 and 132 thousandths.
    expect(rangeNeighbours("0.131", "-0.1", "0.3", "0.001")).toEqual([0.13, 0.132]);
    // At the top no step up; at the bottom no step down.
    expect(rangeNeighbours("0.3", "-0.1", "0.3", "0.001")).toEqual([0.299]);
    expect(rangeNeighbours("-0.1", "-0.1", "0.3", "0.001")).toEqual([-0.099]);
    // A max off the grid: the top is the last grid value below it, 0.3 (300 + 0.5 thousandths is not a step).
    expect(rangeNeighbours("0.3", "-0.1", "0.3005", "0.001")).toEqual([0.299]);
    // The grid starts at min: 0.0125 + k · 0.001, so 0.0135 goes to 0.0125 and 0.0145.
    expect(rangeNeighbours("0.0135", "0.0125", "0.1", "0.001")).toEqual([0.0125, 0.0145]);
  });

  it("are none for values that are not plain decimals or lie outside the range", () => {
    expect(rangeNeighbours("1e-7", "0", "1", "0.001")).toEqual([]);
    expect(rangeNeighbours("", "0", "1", "0.001")).toEqual([]);
    expect(rangeNeighbours("2", "0", "1", "0.001")).toEqual([]);
    expect(rangeNeighbours("0.5", "0", "1", "0")).toEqual([]);
  });

  it("property: the number each neighbour's decimal string parses to, one step away, within the range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 0 }), fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 900 }), (lo, span, at) => {
        const k = lo + Math.min(at, span);
        const text = (x: number) => (x / 1000).toFixed(3);
        const got = rangeNeighbours(text(k), text(lo), text(lo + span), "0.001");
        const want = [k - 1, k + 1].filter((x) => x >= lo && x <= lo + span).map((x) => Number(text(x)));
        expect(got).toEqual(want);
      }),
    );
  });
});

describe("stepping ahead", () => {
  it("makes the very scenario objects the reducer makes for the next key press", () => {
    // A first edit opens the edited copy (the plan keeps its name); the next presses edit that copy.
    const s1 = run(stateFor(), edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: 0.131 }));
    const [down, up] = ahead(s1, "grdpGrowth", 2024, [0.13, 0.132]);
    const s2 = run(s1, edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: 0.132 }, 100));
    expect(active(s2).scenario).toBe(up);
    expect(active(s2).scenario.rates?.grdpGrowth?.["2024"]).toBe(0.132);
    const s3 = run(s1, edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: 0.13 }, 100));
    expect(active(s3).scenario).toBe(down);
  });

  it("a step back to the plan's own value is the reset edit, the same object too", () => {
    // Sa Pa's 2023 plan rate is 14,5 %: from 14,6 % one step down is the plan again, no rate entry.
    const s1 = run(stateFor(), edit({ kind: "rate", indicator: "grdpGrowth", year: 2023, value: 0.146 }));
    const [down] = ahead(s1, "grdpGrowth", 2023, [0.145]);
    expect(down!.rates).toBeUndefined();
    expect(active(run(s1, edit({ kind: "rate", indicator: "grdpGrowth", year: 2023, value: 0.145 }, 100))).scenario).toBe(down);
  });

  it("nothing for a year with an outcome (its value is typed, not stepped) or a value that changes nothing", () => {
    const s1 = run(stateFor(), edit({ kind: "transform", apply: (s) => setOutcomeKind(s, "grdpGrowth", 2024, "actual", 0.12) }));
    expect(ahead(s1, "grdpGrowth", 2024, [0.119, 0.121])).toEqual([]);
    const s2 = run(stateFor(), edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: 0.131 }));
    expect(ahead(s2, "grdpGrowth", 2024, [0.131])).toEqual([]);
  });
});
