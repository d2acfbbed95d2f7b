import { describe, expect, it } from "vitest";
import { simulate, type Scenario } from "@lotrinh/core";
import { editorModel, sameEditor } from "../src/state/editorModel";
import { planOf } from "../src/state/library";
import { bundleOf } from "./fixtures";

const bundle = bundleOf("sa-pa");
const plan = planOf(bundle).scenario;
const high = bundle.builtIns.find((b) => b.id === "high-growth")!.scenario;

function model(scenario: Scenario, base: Scenario = plan) {
  const sim = simulate(bundle.region, scenario);
  if (!sim.ok) throw new Error(sim.error);
  return editorModel(sim.value.projection, scenario, base);
}
const cell = (m: ReturnType<typeof model>, id: string, year: number) =>
  [...m.rates, ...m.growth, ...m.overrides].find((e) => e.indicator === id)!.cells.find((c) => c.year === year)!;

describe("rate editors", () => {
  it("has an editor for every rate and own-growth input, and one for revenue buoyancy", () => {
    const m = model(plan);
    expect(m.rates.map((e) => e.indicator)).toEqual(["grdpGrowth", "deflator", "populationGrowth"]);
    expect(m.growth.map((e) => e.indicator)).toEqual(["investment", "touristVisits", "tourismRevenue", "retailSales", "handicraftOutput", "valuePerHectare"]);
    expect(m.overrides).toEqual([]);
    expect(m.buoyancy).toMatchObject({ value: 1, status: "assumption", edited: false });
    for (const e of [...m.rates, ...m.growth]) expect(e.cells.map((c) => c.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it("shows where each value comes from", () => {
    const m = model(plan);
    expect(cell(m, "grdpGrowth", 2023)).toMatchObject({ value: 0.145, status: "plan", sourceIndex: 1, edited: false });
    expect(cell(m, "grdpGrowth", 2024)).toMatchObject({ status: "assumption", edited: false });
    expect(cell(m, "populationGrowth", 2022)).toMatchObject({ status: "actual", fixed: true, sourceIndex: 1 });
  });

  it("marks edits against the base scenario, and a variant's own values as the scenario's", () => {
    const edited = { ...high, rates: { ...high.rates, grdpGrowth: { ...high.rates!.grdpGrowth, "2024": 0.1 } } };
    const m = model(edited, high);
    expect(cell(m, "grdpGrowth", 2024)).toMatchObject({ value: 0.1, status: "edited", edited: true });
    expect(cell(m, "grdpGrowth", 2025)).toMatchObject({ value: 0.17, status: "scenario", edited: false });
    expect(cell(m, "grdpGrowth", 2023)).toMatchObject({ status: "plan", edited: false });
  });

  it("shows a locked year as actual, and overriding rates of linked indicators get their own editor", () => {
    const m = model({ ...plan, actual: { grdpGrowth: [2021] }, rates: { grdpPerCapita: { "2025": 0.2 } } });
    expect(cell(m, "grdpGrowth", 2021)).toMatchObject({ status: "locked", locked: true, fixed: false });
    expect(m.overrides.map((e) => e.indicator)).toEqual(["grdpPerCapita"]);
    expect(cell(m, "grdpPerCapita", 2025)).toMatchObject({ value: 0.2, status: "edited" });
    expect(cell(m, "grdpPerCapita", 2024).status).toBe("linked");
  });

  it("keeps every value on its slider", () => {
    const m = model({ ...plan, rates: { grdpGrowth: { "2024": 0.55 }, investment: { "2025": -0.7 } } });
    const g = m.rates.find((e) => e.indicator === "grdpGrowth")!;
    expect(g.max).toBeGreaterThanOrEqual(0.55);
    expect(m.growth.find((e) => e.indicator === "investment")!.min).toBeLessThanOrEqual(-0.7);
  });

  it("an edit changes one editor only (the others are skipped by memo)", () => {
    const a = model(plan);
    const b = model({ ...plan, rates: { grdpGrowth: { "2024": 0.13 } } });
    const changed = a.rates.concat(a.growth).filter((e, i) => !sameEditor(e, b.rates.concat(b.growth)[i]!));
    expect(changed.map((e) => e.indicator)).toEqual(["grdpGrowth"]);
  });
});
