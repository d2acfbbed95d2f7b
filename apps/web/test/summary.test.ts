import { describe, expect, it } from "vitest";
import type { Solution, TargetEvaluation } from "@lotrinh/core";
import { applyChangesVerdict, neededSolution, SUMMARY_MAX, summaryTargets } from "../src/state/summary";

const solved = (rate: number): Solution => ({ status: "solved", rate, from: 2024, to: 2025 }) as Solution;
const unreachable = { status: "unreachable", reason: "aboveRateBound" } as unknown as Solution;

function ev(id: string, o: Partial<{ priority: boolean; active: boolean; scope: "term" | "year"; verdict: TargetEvaluation["verdict"]; own: Solution; grdp: Solution }> = {}): TargetEvaluation {
  return {
    target: { id, priority: o.priority ?? false, active: o.active ?? true, scope: o.scope ?? "term" },
    verdict: o.verdict ?? "met",
    required: { own: o.own ?? solved(0.1), ...(o.grdp ? { grdpGrowth: o.grdp } : {}) },
  } as unknown as TargetEvaluation;
}

describe("summary strip targets", () => {
  it("shows the priority targets in use, in the region's order", () => {
    const list = [ev("a"), ev("b", { priority: true }), ev("c", { priority: true, active: false }), ev("d", { priority: true })];
    expect(summaryTargets(list).map((e) => e.target.id)).toEqual(["b", "d"]);
  });

  it("without priorities, the judged term targets; never more than fit a phone's first screen", () => {
    const list = [ev("y", { scope: "year" }), ev("n", { verdict: "noData" }), ...["a", "b", "c", "d", "e"].map((id) => ev(id))];
    expect(summaryTargets(list).map((e) => e.target.id)).toEqual(["a", "b", "c", "d"]);
    expect(SUMMARY_MAX).toBe(4);
  });
});

describe("the rate still needed and Apply", () => {
  it("is stated for a missed target only: an exceeded target's negative rate is no plan", () => {
    // Sa Pa's per-capita target exceeded: required −75,48 %/năm, nothing to state or apply.
    expect(neededSolution(ev("x", { verdict: "exceeded", own: solved(-0.7548) }))).toBeUndefined();
    expect(neededSolution(ev("x", { verdict: "met" }))).toBeUndefined();
    expect(neededSolution(ev("x", { verdict: "missed", own: solved(0.1463) }))).toEqual(solved(0.1463));
    // Own growth unreachable within the rate bounds, the GRDP growth that would do: that one.
    expect(neededSolution(ev("x", { verdict: "missed", own: unreachable, grdp: solved(0.2) }))).toEqual(solved(0.2));
  });

  it("Apply is offered only where it turns a miss into a met target", () => {
    expect(applyChangesVerdict({ verdict: "missed" }, solved(0.15))).toBe(true);
    expect(applyChangesVerdict({ verdict: "exceeded" }, solved(-0.7548))).toBe(false);
    expect(applyChangesVerdict({ verdict: "met" }, solved(0.145))).toBe(false);
    expect(applyChangesVerdict({ verdict: "missed" }, unreachable)).toBe(false);
    expect(applyChangesVerdict({ verdict: "noData" }, solved(0.1))).toBe(false);
  });
});
