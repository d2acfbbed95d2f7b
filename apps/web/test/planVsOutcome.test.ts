import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulate, type Scenario } from "@lotrinh/core";
import { planOf } from "../src/state/library";
import { setOutcomeKind } from "../src/outcomes/edits";
import { planVsOutcome } from "../src/outcomes/planVsOutcome";
import { planCsv, planTableCells, ratioText } from "../src/outcomes/planTable";
import { bundleOf } from "./fixtures";

const laoCai = bundleOf("lao-cai");
const laoPlan = planOf(laoCai).scenario;

function run(s: Scenario) {
  const r = simulate(laoCai.region, s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("plan and outcome", () => {
  it("Lào Cai per capita: outcomes of 2023 and 2025 against the anchor 103 and the target 126", () => {
    let s = setOutcomeKind(laoPlan, "grdpPerCapita", 2023, "actual", 106);
    s = setOutcomeKind(s, "grdpPerCapita", 2025, "estimate", 124);
    const sim = run(s);
    const rows = planVsOutcome(sim.projection, sim.evaluations).filter((r) => r.indicator === "grdpPerCapita");
    // 2023: 106 ÷ 103 = 1.02913 → "đạt 102,9 % kế hoạch"; 2025: 124 − 126 = −2, 124 ÷ 126 = 98,4 %.
    expect(rows.map((r) => [r.year, r.kind, r.plan, r.outcome, r.status])).toEqual([
      [2023, "anchor", 103, 106, "actual"],
      [2025, "target", 126, 124, "estimate"],
    ]);
    expect(rows[0]!.ratio).toBeCloseTo(1.02913, 5);
    expect(ratioText(rows[0]!.ratio, "vi")).toBe("đạt 102,9 % kế hoạch");
    expect(ratioText(rows[1]!.ratio, "en")).toBe("98.4% of plan");
    const cells = planTableCells(rows, sim.projection, "vi");
    expect(cells[1]![7]).toBe("−2 triệu đồng/người");
    expect(cells[1]![5]).toBe("ước thực hiện");
  });

  it("every row's difference is outcome − plan and its ratio outcome ÷ plan (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 500, noNaN: true }), fc.constantFrom("actual" as const, "estimate" as const), (v, kind) => {
        const sim = run(setOutcomeKind(laoPlan, "grdpPerCapita", 2023, kind, v));
        const rows = planVsOutcome(sim.projection, sim.evaluations);
        const r = rows.find((x) => x.indicator === "grdpPerCapita" && x.year === 2023)!;
        expect(r).toMatchObject({ plan: 103, outcome: v, status: kind, kind: "anchor" });
        expect(r.difference).toBeCloseTo(v - 103, 9);
        expect(r.ratio).toBeCloseTo(v / 103, 12);
        for (const x of rows) expect(x.difference).toBeCloseTo(x.outcome - x.plan, 9);
      }),
      { numRuns: 50 },
    );
  });

  it("no outcome, no row; the CSV carries a header, one line a row and the plain numbers", () => {
    const plain = run(laoPlan);
    const planRows = planVsOutcome(plain.projection, plain.evaluations);
    expect(planRows.filter((r) => r.indicator === "grdpPerCapita")).toEqual([]);
    const s = setOutcomeKind(laoPlan, "grdpPerCapita", 2023, "actual", 106);
    const sim = run(s);
    const rows = planVsOutcome(sim.projection, sim.evaluations);
    const csv = planCsv(rows, sim.projection, "vi");
    expect(csv.startsWith("\uFEFFChỉ tiêu,Năm,")).toBe(true);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(rows.length + 1);
    expect(csv).toContain(",103,106,3,");
  });
});
