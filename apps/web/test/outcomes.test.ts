import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulate, type Scenario } from "@lotrinh/core";
import { planOf } from "../src/state/library";
import { editorModel } from "../src/state/editorModel";
import { outcomeAt, resetYear, setLevel, setOutcome, setOutcomeKind, setOutcomeSource, setOutcomeValue } from "../src/outcomes/edits";
import { levelEditors } from "../src/outcomes/levelModel";
import { levelFieldText, parseLevel } from "../src/outcomes/levelInput";
import { headlineCounts } from "../src/format/targets";
import { bundleOf } from "./fixtures";

const laoCai = bundleOf("lao-cai");
const laoPlan = planOf(laoCai).scenario;
const saPa = bundleOf("sa-pa");
const saPlan = planOf(saPa).scenario;

function run(bundle: typeof laoCai, s: Scenario) {
  const r = simulate(bundle.region, s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe("outcome edits", () => {
  it("Lào Cai: per capita outcomes of 90 (2022) and 97.5 (2024) displace the 2023 plan anchor", () => {
    let s: Scenario = { ...laoPlan, rates: { grdpGrowth: { "2025": 0.1 }, deflator: { "2025": 0.02 }, populationGrowth: { "2025": 0.013 } } };
    // Typed in the level row with "giả định", then switched to "thực hiện": the value typed stays.
    s = setLevel(s, "grdpPerCapita", 2022, 90);
    s = setOutcomeKind(s, "grdpPerCapita", 2022, "actual", 90);
    s = setOutcomeKind(s, "grdpPerCapita", 2024, "actual", 97.5);
    expect(s.actuals).toEqual({ grdpPerCapita: { "2022": 90, "2024": 97.5 } });
    const sim = run(laoCai, s);
    const pc = sim.projection.series.grdpPerCapita!;
    // 2025 = 97.5 × 1.10 × 1.02 / 1.013 = 107.99
    expect(pc.values[5]).toBeCloseTo(107.99, 2);
    expect(pc.values[3]).not.toBeCloseTo(103, 3);
    expect(pc.provenance[3]!.status).not.toBe("plan");
    const e = sim.evaluations.find((x) => x.target.id === "grdp-per-capita-2025")!;
    expect(e.verdict).toBe("missed");
    expect(e.basis).toBe("projection");
  });

  it("an estimate keeps its source; 'giả định' removes the outcome and the year returns to the assumption", () => {
    let s = setOutcomeKind(saPlan, "grdpGrowth", 2022, "estimate", 0.0902);
    s = setOutcomeSource(s, "grdpGrowth", 2022, "  Báo cáo KT-XH 2022 ");
    expect(s.actuals).toEqual({ grdpGrowth: { "2022": { value: 0.0902, status: "estimate", source: "Báo cáo KT-XH 2022" } } });
    s = setOutcomeValue(s, "grdpGrowth", 2022, 0.095);
    expect(outcomeAt(s, "grdpGrowth", 2022)).toEqual({ value: 0.095, status: "estimate", source: "Báo cáo KT-XH 2022" });
    // Switching kind keeps value and source.
    expect(outcomeAt(setOutcomeKind(s, "grdpGrowth", 2022, "actual", 0), "grdpGrowth", 2022)).toEqual({
      value: 0.095,
      status: "actual",
      source: "Báo cáo KT-XH 2022",
    });
    const back = setOutcomeKind(s, "grdpGrowth", 2022, "none", 0.095);
    expect(back.actuals).toBeUndefined();
    expect(back).toEqual(saPlan);
  });

  it("the editor shows an outcome in its row: status, toggle, source, slider at rest", () => {
    const s = setOutcomeSource(setOutcomeKind(saPlan, "grdpGrowth", 2021, "estimate", 0.05), "grdpGrowth", 2021, "BC 2021");
    const m = editorModel(run(saPa, s).projection, s, saPlan);
    const c = m.rates.find((r) => r.indicator === "grdpGrowth")!.cells.find((x) => x.year === 2021)!;
    expect(c).toMatchObject({ value: 0.05, status: "estimate", outcome: "estimate", outcomeSource: "BC 2021", locked: true, fixed: false, edited: true });
  });

  it("Sa Pa: outcomes 5 %, 13,8 %, 15 %, 16 %, 15 % make the term average 12,89 %, missed, on actuals", () => {
    let s = saPlan;
    for (const [y, g] of [[2021, 0.05], [2022, 0.138], [2023, 0.15], [2024, 0.16], [2025, 0.15]] as const)
      s = setOutcomeKind(s, "grdpGrowth", y, "actual", g);
    const sim = run(saPa, s);
    // (1.05 × 1.138 × 1.15 × 1.16 × 1.15)^(1/5) − 1 = (1.833288…)^(0.2) − 1 = 12.89 %
    const e = sim.evaluations.find((x) => x.target.kind === "averageGrowth" && x.target.indicator === "grdpGrowth" && x.target.priority)!;
    expect(e.projected).toBeCloseTo(0.1289, 4);
    expect(e.verdict).toBe("missed");
    expect(e.basis).toBe("actual");
    expect(e.outcomeYears).toBe(5);
  });

  it("reset brings back the base's outcome and level for that year", () => {
    const base = setOutcome(saPlan, "investment", 2021, { value: 9000, status: "actual" });
    let s = setOutcomeValue(base, "investment", 2021, 9500);
    s = setLevel(s, "investment", 2022, 10000);
    expect(resetYear(resetYear(s, base, "investment", 2021), base, "investment", 2022)).toEqual(base);
  });

  it("an outcome set and then removed leaves the scenario as it was (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("grdpGrowth", "deflator", "investment", "grdpPerCapita"),
        fc.integer({ min: 2021, max: 2025 }),
        fc.constantFrom("actual" as const, "estimate" as const),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (id, year, kind, value) => {
          const s = setOutcomeKind(saPlan, id, year, kind, value);
          expect(outcomeAt(s, id, year)?.status).toBe(kind);
          expect(setOutcomeKind(s, id, year, "none", value)).toEqual(saPlan);
        },
      ),
    );
  });
});

describe("level rows", () => {
  it("Lào Cai per capita: the 2023 plan anchor, then an outcome in its place", () => {
    const plan = levelEditors(run(laoCai, laoPlan).projection, laoPlan, laoPlan).find((m) => m.indicator === "grdpPerCapita")!;
    expect(plan.cells.find((c) => c.year === 2023)).toMatchObject({ value: 103, status: "plan", outcome: "none", fixed: false });
    const s = setOutcomeKind(laoPlan, "grdpPerCapita", 2024, "estimate", 97.5);
    const m = levelEditors(run(laoCai, s).projection, s, laoPlan).find((x) => x.indicator === "grdpPerCapita")!;
    expect(m.entered).toBe(1);
    expect(m.cells.find((c) => c.year === 2024)).toMatchObject({ value: 97.5, status: "estimate", outcome: "estimate", edited: true });
    expect(m.cells.find((c) => c.year === 2023)!.status).toBe("backcast");
  });

  it("reads levels as the language writes them", () => {
    expect(parseLevel("12.085", "vi")).toBe(12085);
    expect(parseLevel("12.085,5", "vi")).toBe(12085.5);
    expect(parseLevel("97,5", "vi")).toBe(97.5);
    expect(parseLevel("97.5", "vi")).toBe(97.5);
    expect(parseLevel("12,085.5", "en")).toBe(12085.5);
    expect(parseLevel("-3", "vi")).toBeUndefined();
    expect(parseLevel("abc", "en")).toBeUndefined();
    expect(levelFieldText(12085.5, "vi")).toBe("12.085,5");
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom("vi" as const, "en" as const), (v, lang) => {
        const rounded = Math.round(v * 1000) / 1000;
        expect(parseLevel(levelFieldText(rounded, lang), lang)).toBeCloseTo(rounded, 6);
      }),
    );
  });
});

describe("headline count", () => {
  it("Sa Pa plan as shipped: circular verdicts are counted apart, never as met", () => {
    const sim = run(saPa, saPlan);
    const n = headlineCounts(sim.evaluations);
    const circular = sim.evaluations.filter((e) => e.target.active && e.met !== null && e.basis === "circular").length;
    expect(circular).toBeGreaterThan(0);
    expect(n.circular).toBe(circular);
    const judged = sim.evaluations.filter((e) => e.target.active && e.met !== null).length;
    expect(n.judged + n.circular).toBe(judged);
    const term = sim.evaluations.find((e) => e.target.kind === "averageGrowth" && e.target.priority && e.target.indicator === "grdpGrowth")!;
    expect(term.basis).toBe("circular");
  });
});
