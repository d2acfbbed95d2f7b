import { describe, expect, it } from "vitest";
import { simulate, type Solution } from "@lotrinh/core";
import { reducer, type Action, type ScenarioEdit } from "../src/state/reducer";
import { activeScenario, planOf } from "../src/state/library";
import { HISTORY_LIMIT } from "../src/state/history";
import type { AppState } from "../src/state/types";
import { stateFor, testId } from "./fixtures";

const edit = (e: ScenarioEdit, at = 0): Action => ({ type: "edit", edit: e, newId: testId(), at });
const run = (s: AppState, ...actions: Action[]) => actions.reduce(reducer, s);
const active = (s: AppState) => activeScenario(s.bundles[s.regionId]!, s.history.present);
const evaluation = (s: AppState, id: string) => {
  const sim = simulate(s.bundles[s.regionId]!.region, active(s).scenario);
  if (!sim.ok) throw new Error(sim.error);
  return sim.value.evaluations.find((e) => e.target.id === id)!;
};

describe("editing", () => {
  it("opens an edited copy of a built-in and leaves the built-in as shipped", () => {
    const s0 = stateFor();
    const plan = planOf(s0.bundles["sa-pa"]!);
    const s1 = run(s0, edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: 0.13 }));
    const copy = active(s1);
    expect(copy.builtIn).toBe(false);
    expect(copy.baseId).toBe(plan.id);
    expect(copy.scenario.name).toBe("Kế hoạch (bản sửa)");
    expect(copy.scenario.rates?.grdpGrowth?.["2024"]).toBe(0.13);
    expect(planOf(s1.bundles["sa-pa"]!).scenario.rates).toBeUndefined();
  });

  it("lowering 2024 GRDP growth misses the term average, and applying the required rate meets it again", () => {
    const s1 = run(stateFor(), edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: 0.13 }));
    const missed = evaluation(s1, "grdp-growth-term-average");
    expect(missed.met).toBe(false);
    expect(missed.required.own.status).toBe("solved");
    const s2 = run(s1, edit({ kind: "applyRequired", indicator: "grdpGrowth", solution: missed.required.own }));
    expect(evaluation(s2, "grdp-growth-term-average").met).toBe(true);
  });

  it("an edit back to the plan value is no edit: the entry goes, and 'đã sửa' with it", () => {
    // Sa Pa's 2023 plan rate is 14,5 % (region data); typing 13 % then 14,5 % leaves no rate entry.
    const s1 = run(stateFor(), edit({ kind: "rate", indicator: "grdpGrowth", year: 2023, value: 0.13 }));
    expect(active(s1).scenario.rates?.grdpGrowth?.["2023"]).toBe(0.13);
    const s2 = run(s1, edit({ kind: "rate", indicator: "grdpGrowth", year: 2023, value: 0.145 }, 5000));
    expect(active(s2).scenario.rates).toBeUndefined();
    // On the shipped plan itself, typing its own value opens no edited copy.
    const s3 = run(stateFor(), edit({ kind: "rate", indicator: "grdpGrowth", year: 2023, value: 0.145 }));
    expect(active(s3).builtIn).toBe(true);
    expect(s3.history.past).toHaveLength(0);
  });

  it("reset restores the base scenario's value (region default when the base has none)", () => {
    const s1 = run(
      stateFor(),
      { type: "select", id: "high-growth" },
      edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: 0.2 }),
      edit({ kind: "rate", indicator: "deflator", year: 2024, value: 0.05 }),
    );
    const s2 = run(s1, edit({ kind: "resetRate", indicator: "grdpGrowth", year: 2024 }), edit({ kind: "resetRate", indicator: "deflator", year: 2024 }));
    expect(active(s2).scenario.rates?.grdpGrowth?.["2024"]).toBe(0.16); // the High growth scenario's value
    expect(active(s2).scenario.rates?.deflator).toBeUndefined();
  });

  it("locking a level indicator's year pins its level, so the required rate uses only later years", () => {
    const s0 = stateFor();
    const before = evaluation(s0, "investment-term-sum").required.own as Extract<Solution, { status: "solved" }>;
    expect(before.from).toBe(2024); // after the 2023 plan anchor
    const sim = simulate(s0.bundles["sa-pa"]!.region, active(s0).scenario);
    const level2024 = sim.ok ? sim.value.projection.series.investment!.values[4]! : NaN;
    const s1 = run(s0, edit({ kind: "toggleActual", indicator: "investment", year: 2024, pinLevel: level2024 }));
    const after = evaluation(s1, "investment-term-sum").required.own as Extract<Solution, { status: "solved" }>;
    expect(after.from).toBe(2025);
    const s2 = run(s1, edit({ kind: "toggleActual", indicator: "investment", year: 2024 }));
    expect(active(s2).scenario.actual).toBeUndefined();
    expect(active(s2).scenario.levels).toBeUndefined();
  });

  it("choosing the other reading of an ambiguous figure switches which target is judged", () => {
    const s1 = run(stateFor(), edit({ kind: "reading", group: "tourism-visits-term", option: "term-sum" }));
    expect(evaluation(s1, "tourist-visits-term-sum").target.active).toBe(true);
    expect(evaluation(s1, "tourist-visits-2025-level").target.active).toBe(false);
  });
});

describe("undo and redo", () => {
  it("groups one slider drag into one undo step", () => {
    const drag = [0.144, 0.143, 0.142, 0.141].map((v, i) => edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: v }, i * 16));
    const s1 = run(stateFor(), ...drag);
    expect(active(s1).scenario.rates?.grdpGrowth?.["2024"]).toBe(0.141);
    expect(s1.history.past).toHaveLength(1);
    const s2 = run(s1, { type: "undo" });
    expect(active(s2).builtIn).toBe(true);
    expect(s2.history.present.user).toHaveLength(0);
    const s3 = run(s2, { type: "redo" });
    expect(active(s3).scenario.rates?.grdpGrowth?.["2024"]).toBe(0.141);
  });

  it("keeps separate steps for edits of different fields or far apart in time", () => {
    const s1 = run(
      stateFor(),
      edit({ kind: "rate", indicator: "grdpGrowth", year: 2024, value: 0.14 }, 0),
      edit({ kind: "rate", indicator: "grdpGrowth", year: 2025, value: 0.14 }, 10),
      edit({ kind: "rate", indicator: "grdpGrowth", year: 2025, value: 0.13 }, 5000),
    );
    expect(s1.history.past).toHaveLength(3);
  });

  it("a new edit after undo clears the redo stack", () => {
    const s1 = run(stateFor(), edit({ kind: "rate", indicator: "deflator", year: 2024, value: 0.03 }), { type: "undo" });
    expect(s1.history.future).toHaveLength(1);
    const s2 = run(s1, edit({ kind: "rate", indicator: "deflator", year: 2025, value: 0.03 }));
    expect(s2.history.future).toHaveLength(0);
  });

  it("undo brings back a deleted scenario", () => {
    const s1 = run(stateFor(), { type: "create", newId: "u-aaaa1" }, { type: "delete", id: "u-aaaa1" });
    expect(s1.history.present.user).toHaveLength(0);
    expect(active(s1).id).toBe("plan");
    const s2 = run(s1, { type: "undo" });
    expect(s2.history.present.user.map((u) => u.id)).toEqual(["u-aaaa1"]);
  });

  it("bounds the history", () => {
    let s = stateFor();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) s = reducer(s, edit({ kind: "rate", indicator: "deflator", year: 2021, value: i / 1000 }, i * 5000));
    expect(s.history.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe("library", () => {
  it("creates from the plan, duplicates, renames, and refuses to rename or delete built-ins", () => {
    const s1 = run(stateFor(), { type: "create", newId: "u-aaaa1" }, { type: "create", newId: "u-aaaa2" });
    expect(s1.history.present.user.map((u) => u.scenario.name)).toEqual(["Kịch bản mới", "Kịch bản mới (2)"]);
    const s2 = run(s1, { type: "duplicate", id: "high-growth", newId: "u-aaaa3" });
    expect(active(s2).scenario.name).toBe("Tăng trưởng cao (bản sao)");
    expect(active(s2).baseId).toBe("high-growth");
    expect(active(s2).scenario.illustrative).toBe(true);
    const s3 = run(s2, { type: "rename", id: "u-aaaa3", name: "  Phương án A  " });
    expect(active(s3).scenario.name).toBe("Phương án A");
    expect(run(s3, { type: "rename", id: "u-aaaa3", name: "   " })).toBe(s3);
    expect(run(s3, { type: "rename", id: "plan", name: "X" })).toBe(s3);
    expect(run(s3, { type: "delete", id: "plan" })).toBe(s3);
  });

  it("deleting the open scenario falls back to its base and drops it from the comparison", () => {
    const s1 = run(stateFor(), { type: "duplicate", id: "cautious", newId: "u-aaaa1" }, { type: "setView", view: "compare" });
    // The compare view opens with every shipped scenario and the user's open one.
    expect(s1.compare).toEqual(["plan", "high-growth", "cautious", "u-aaaa1"]);
    const s2 = run(s1, { type: "delete", id: "u-aaaa1" });
    expect(active(s2).id).toBe("cautious");
    expect(s2.compare).toEqual(["plan", "high-growth", "cautious"]);
  });

  it("the report covers the compare selection, or every shipped scenario when there is none", () => {
    const fresh = run(stateFor(), { type: "setView", view: "report" });
    expect(fresh.compare).toEqual(["plan", "high-growth", "cautious"]);
    const chosen = run(stateFor(), { type: "setView", view: "compare" }, { type: "setView", view: "report" });
    expect(chosen.compare).toEqual(["plan", "high-growth", "cautious"]);
    // One scenario is a report, not a comparison: the compare view brings back the shipped three.
    const one = run(fresh, { type: "setCompare", ids: ["cautious"] });
    expect(run(one, { type: "setView", view: "editor" }, { type: "setView", view: "report" }).compare).toEqual(["cautious"]);
    expect(run(one, { type: "setView", view: "compare" }).compare).toEqual(["plan", "high-growth", "cautious"]);
  });

  it("keeps at most four known scenarios to compare", () => {
    const s1 = run(stateFor(), { type: "create", newId: "u-aaaa1" }, { type: "create", newId: "u-aaaa2" });
    const s2 = run(s1, { type: "setCompare", ids: ["plan", "plan", "nope", "high-growth", "cautious", "u-aaaa1", "u-aaaa2"] });
    expect(s2.compare).toEqual(["plan", "high-growth", "cautious", "u-aaaa1"]);
  });
});
