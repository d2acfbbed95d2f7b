import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRegion, readScenarioDocument, readScenarioText, simulate } from "../src/index.js";
import { localizeError } from "../src/format/errors.js";

const region = loadRegion("sa-pa");
const KEYS = ["schema", "name", "region", "rates", "levels", "actuals", "params", "uncertainty", "formulas", "readings", "grdpGrowth", "investment", "2024", "2022", "revenueBuoyancy", "__proto__", "Rates", "value", "status"];

/** Documents near the scenario shape: the known keys, in any nesting, with any JSON values. */
const nearScenario = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 2 }),
    fc.double(),
    fc.constantFrom("lotrinh/scenario/1", "sa-pa", "estimate", 0.15, 14.5, -1, 1e308),
    fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 5 }),
  ),
})).value.map((v) =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? { schema: "lotrinh/scenario/1", region: "sa-pa", ...v } : v,
);

describe("reading a scenario is total", () => {
  it("any document gives a scenario that simulates, or one failure naming a field, in both languages", () => {
    fc.assert(
      fc.property(nearScenario, (raw) => {
        const r = readScenarioDocument(raw);
        if (r.ok) {
          const sim = simulate(region, r.value);
          if (!sim.ok) expect(sim.error).toMatch(/^scenario: /);
          return;
        }
        expect(typeof r.path).toBe("string");
        expect(r.error).toMatch(/^scenario: /);
        expect(localizeError(r, "vi")).toMatch(/^kịch bản: /);
      }),
      { numRuns: 3000 },
    );
  });

  it("any text, as a file's content, never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const r = readScenarioText(text);
        if (!r.ok) expect(r.error).toMatch(/^scenario: /);
      }),
      { numRuns: 3000 },
    );
  });
});
