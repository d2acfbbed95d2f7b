import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InputCadence, MAX_QUIET_MS, MIN_QUIET_MS } from "../src/risk/cadence";

describe("the quiet time before a run", () => {
  it("is 60 ms for a first input, then 1.3 × the usual interval while a key repeats", () => {
    const c = new InputCadence();
    expect(c.input(1000)).toBe(60); // the rhythm is not known yet: the longest quiet time
    expect(c.input(1033)).toBeCloseTo(42.9, 9); // one gap of 33 ms: 1.3 × 33
    expect(c.input(1078)).toBeCloseTo(42.9, 9); // gaps 33, 45: the median of two is the lower, 33
    expect(c.input(1122)).toBeCloseTo(57.2, 9); // gaps 33, 45, 44: median 44 → 57.2
    expect(c.input(1162)).toBeCloseTo(57.2, 9); // gaps 45, 44, 40: median 44
    expect(c.input(1262)).toBeCloseTo(57.2, 9); // gaps 44, 40, 100: one slow repeat does not move the median, 44
  });

  it("is at most 60 ms, however slow the repeat", () => {
    const c = new InputCadence();
    for (const t of [0, 60, 120, 180]) c.input(t);
    expect(c.input(240)).toBe(MAX_QUIET_MS); // 1.3 × 60 = 78, capped
  });

  it("a pause of more than 250 ms starts a new burst", () => {
    const c = new InputCadence();
    c.input(0);
    c.input(30);
    expect(c.input(300)).toBe(MAX_QUIET_MS); // a first input again: 60 ms, not 1.3 × 270
    expect(c.input(320)).toBe(MIN_QUIET_MS); // 1.3 × 20 = 26, raised to the minimum
  });

  it("property: always between 40 and 60 ms", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 40 }), (gaps) => {
        const c = new InputCadence();
        let t = 0;
        for (const g of gaps) {
          t += g;
          const q = c.input(t);
          expect(q).toBeGreaterThanOrEqual(MIN_QUIET_MS);
          expect(q).toBeLessThanOrEqual(MAX_QUIET_MS);
        }
      }),
    );
  });
});
