import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatGap,
  formatNumber,
  formatPercent,
  formatPoints,
  formatValue,
  targetValueLabel,
  verdictLabel,
  type Lang,
} from "../src/index.js";

const LANGS: Lang[] = ["vi", "en"];
const UNITS = ["rate", "share", "index", "billionVnd", "millionVndPerPerson", "per10kPeople", "count", "nghìn đồng"];

/** What a shown number must never contain: JavaScript's own words for non-numbers, or a bare minus. */
function expectShowable(text: string): void {
  expect(typeof text).toBe("string");
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/NaN|Infinity|∞|e\+|-/);
}

describe("formatting is total", () => {
  it.each([
    // [value, vi, en]
    [1e308, "1 × 10³⁰⁸", "1 × 10³⁰⁸"],
    [-0, "0", "0"],
    [1e-320, "0", "0"],
    [Infinity, "không xác định (tràn số hoặc chia cho 0)", "undefined (overflow or division by zero)"],
    [-Infinity, "không xác định (tràn số hoặc chia cho 0)", "undefined (overflow or division by zero)"],
    [NaN, "–", "–"],
    // 1.2345e21 → mantissa 1,23 (2 digits), exponent 21
    [1.2345e21, "1,23 × 10²¹", "1.23 × 10²¹"],
    // 9.999e20 rounds to a mantissa of 10,00: carried to 1 × 10²¹
    [9.999e20, "1 × 10²¹", "1 × 10²¹"],
    [-2.5e300, "−2,5 × 10³⁰⁰", "−2.5 × 10³⁰⁰"],
    // below 10^15 the digits print in full: 999.999.999.999.999
    [999_999_999_999_999, "999.999.999.999.999", "999,999,999,999,999"],
  ])("formatNumber(%d) is %j in Vietnamese and %j in English", (value, vi, en) => {
    expect(formatNumber(value, "vi")).toBe(vi);
    expect(formatNumber(value, "en")).toBe(en);
  });

  it("accepts any digit count, clamping it to what Intl allows (the W1 'maximumFractionDigits' crash)", () => {
    expect(formatNumber(1.5, "vi", 1e9)).toBe("1,5");
    expect(formatNumber(1.5, "vi", -3)).toBe("2");
    expect(formatNumber(1.25, "en", NaN)).toBe("1.25");
    expect(formatNumber(1.25, "en", Infinity)).toBe("1.25");
    // 20 digits show the double as it is: 0.145 × 100 = 14.499999999999998
    expect(formatPercent(0.145, "vi", 1000)).toBe("14,499999999999998 %");
  });

  it("a percent or point change that overflows when multiplied by 100 is undefined, not a crash", () => {
    // 1e307 × 100 = Infinity in doubles.
    expect(formatPercent(1e307, "vi")).toBe("không xác định (tràn số hoặc chia cho 0)");
    expect(formatPoints(-1e307, "en")).toBe("undefined (overflow or division by zero)");
    // 1e8 as a fraction is 10^10 %: below 10^15, so every digit prints.
    expect(formatPercent(1e308 / 1e300, "en")).toBe("10,000,000,000%");
    expect(formatPercent(1e14, "vi")).toBe("1 × 10¹⁶ %");
    expect(formatGap(Infinity, "billionVnd", "vi")).toBe("không xác định (tràn số hoặc chia cho 0)");
    expect(formatValue(-Infinity, "billionVnd", "en")).toBe("undefined (overflow or division by zero)");
  });

  it("an undefined verdict reads 'không xác định' with its reason, never 'no data'", () => {
    expect(verdictLabel(null, "vi", "undefined", Infinity)).toBe("không xác định (tràn số hoặc chia cho 0)");
    expect(verdictLabel(null, "en", "undefined", NaN)).toBe("undefined (an undefined operation, such as 0/0)");
    expect(verdictLabel(null, "vi", "noData")).toBe("chưa có số liệu");
    expect(verdictLabel(true, "vi", "exceeded")).toBe("vượt");
    expect(verdictLabel(true, "en", "met")).toBe("met");
  });

  it("never throws and never shows NaN, Infinity or a hyphen for any double, digit count, unit and language", () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.oneof(fc.constant(undefined), fc.integer({ min: -50, max: 200 }), fc.double()),
        fc.constantFrom(...UNITS),
        fc.constantFrom(...LANGS),
        (value, digits, unit, lang) => {
          expectShowable(formatNumber(value, lang, digits));
          expectShowable(formatPercent(value, lang, digits));
          expectShowable(formatPoints(value, lang, digits));
          expectShowable(formatValue(value, unit, lang, digits));
          expectShowable(formatGap(value, unit, lang));
          expectShowable(
            targetValueLabel(
              { id: "t", indicator: "grdp", kind: "level", comparator: "about", value, year: 2025, tolerance: 0.02 } as never,
              unit,
              lang,
            ),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("keeps the sign and the order of magnitude of every finite double it shows in scientific form", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 1e15 }), (value) => {
        const text = formatNumber(value, "en");
        const m = /^(\d(?:\.\d+)?) × 10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(text);
        expect(m, text).not.toBeNull();
        const exponent = Number([...m![2]!].map((c) => "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)).join(""));
        // Two fraction digits: the mantissa is within 0.005 of value / 10^exponent (compared in
        // that scale, since 1.8 × 10^308 itself would overflow).
        const mantissa = Number(m![1]);
        expect(mantissa).toBeGreaterThanOrEqual(1);
        expect(mantissa).toBeLessThan(10);
        expect(Math.abs(mantissa - value / 10 ** exponent)).toBeLessThanOrEqual(0.0050001);
        expect(formatNumber(-value, "en")).toBe(`−${text}`);
      }),
      { numRuns: 2000 },
    );
  });
});
