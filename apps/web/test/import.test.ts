import { describe, expect, it } from "vitest";
import type { RegionId } from "@lotrinh/core";
import * as validation from "../src/state/validation";
import { exportFileName, importScenarioText } from "../src/state/importFile";
import { reducer } from "../src/state/reducer";
import type { AppState } from "../src/state/types";
import { bundleOf, stateFor, testId } from "./fixtures";

const getBundle = async (id: RegionId) => bundleOf(id);

async function importInto(state: AppState, content: string) {
  const r = await importScenarioText(content, "vi", state.history.present, validation, getBundle, testId);
  // What the app does with the result: only a good file changes the state.
  const next = r.ok ? reducer(state, { type: "add", saved: r.saved, undoable: true }) : state;
  return { r, next };
}

const file = (o: Record<string, unknown>) =>
  JSON.stringify({ schema: "lotrinh/scenario/1", name: "Tệp", region: "sa-pa", ...o });

describe("importing a scenario file", () => {
  it("adds a valid file as a new scenario based on the plan, with a unique name", async () => {
    const state = stateFor();
    const { r, next } = await importInto(state, file({ name: "Kế hoạch", rates: { grdpGrowth: { "2024": 0.15 } } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.saved.scenario.name).toBe("Kế hoạch (2)");
    expect(r.saved.baseId).toBe("plan");
    expect(next.history.present.user).toHaveLength(1);
    expect(next.history.past).toHaveLength(1); // undoable
  });

  it("names a file without a name “Kịch bản nhập”", async () => {
    const unnamed = JSON.stringify({ schema: "lotrinh/scenario/1", region: "sa-pa" });
    const { r } = await importInto(stateFor(), unnamed);
    expect(r.ok && r.saved.scenario.name).toBe("Kịch bản nhập");
  });

  it("accepts another region's file and says which region it is for", async () => {
    const { r } = await importInto(stateFor(), file({ region: "lai-chau", rates: { grdpGrowth: { "2025": 0.1 } } }));
    expect(r.ok && r.bundle.region.id).toBe("lai-chau");
  });

  const bad: Array<[string, string, RegExp]> = [
    ["not JSON", "{ name: Tệp", /không phải JSON hợp lệ/],
    ["a rate at −100 %", file({ rates: { grdpGrowth: { "2024": -1 } } }), /rates\.grdpGrowth\.2024: a rate must lie in \(−100 %/],
    ["an unknown indicator", file({ rates: { gdpGrowth: { "2024": 0.1 } } }), /rates\.gdpGrowth: unknown indicator 'gdpGrowth'/],
    ["a year outside the term", file({ rates: { grdpGrowth: { "2019": 0.1 } } }), /rates\.grdpGrowth\.2019: year 2019 is outside/],
    ["a newer schema", file({ schema: "lotrinh/scenario/9" }), /schema: version 9 is newer/],
    ["no schema", JSON.stringify({ name: "x", region: "sa-pa" }), /scenario: schema/],
    ["an unknown region", file({ region: "ha-noi" }), /không có địa bàn “ha-noi”/],
    ["a huge rate", file({ rates: { grdpGrowth: { "2024": 1e308 } } }), /rates\.grdpGrowth\.2024: a rate must lie in \(−100 %, \+1000 %\]/],
    ["a formula failing when evaluated", file({ formulas: { f: { expr: "pow(2)", name: { vi: "a", en: "a" }, unit: "x" } } }), /formulas\.f/],
    ["a mistyped key", file({ Rates: { grdpGrowth: { "2024": 0.1 } } }), /Rates/],
    ["a prototype-polluting key", '{"schema":"lotrinh/scenario/1","name":"x","region":"sa-pa","__proto__":{"polluted":1}}', /__proto__: the key '__proto__'/],
    ["a non-finite number", file({ rates: { grdpGrowth: { "2024": "NaN" } } }), /rates\.grdpGrowth\.2024/],
    ["a broken formula", file({ formulas: { perVisit: { expr: "tourismRevenue / nothing", name: { vi: "a", en: "a" }, unit: "x" } } }), /formulas\.perVisit\.expr: unknown name 'nothing'/],
    ["an oversized file", " ".repeat(5 * 1024 * 1024 + 1), /quá lớn/],
  ];
  for (const [what, content, message] of bad) {
    it(`refuses a file with ${what}, naming the problem, and changes nothing`, async () => {
      const state = stateFor();
      const { r, next } = await importInto(state, content);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
      expect(next).toBe(state);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("exports under the scenario's name, without characters file systems refuse", () => {
    expect(exportFileName("Tăng trưởng cao")).toBe("Tăng trưởng cao.json");
    expect(exportFileName('a/b\\c:d*e?"f<g>h|')).toBe("a-b-c-d-e-f-g-h-.json");
    expect(exportFileName("...")).toBe("kich-ban.json");
  });
});
