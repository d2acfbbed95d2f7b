import { describe, expect, it } from "vitest";
import { implausibleRate, parseDecimal, parseRatePercent, percentFieldText } from "../src/state/numberInput";

describe("typed numbers", () => {
  it("accepts the Vietnamese decimal comma and the dot", () => {
    for (const [input, value] of [
      ["14,5", 0.145],
      ["14.5", 0.145],
      [" 14,5 % ", 0.145],
      ["14.5%", 0.145],
      ["−3,2", -0.032],
      ["-3.2", -0.032],
      ["+2", 0.02],
      [",5", 0.005],
      ["0", 0],
    ] as const)
      expect(parseRatePercent(input), input).toEqual({ ok: true, value: expect.closeTo(value, 12) });
  });

  it("refuses what is not one number", () => {
    for (const input of ["abc", "1.234,5", "14,5,1", "1e3", "--1", "14 5", "0x10", "Infinity"])
      expect(parseRatePercent(input), input).toEqual({ ok: false, reason: "notNumber" });
    expect(parseRatePercent("   ")).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses rates at or below −100 % and absurdly high ones", () => {
    expect(parseRatePercent("-100")).toEqual({ ok: false, reason: "tooLow" });
    expect(parseRatePercent("-250,5")).toEqual({ ok: false, reason: "tooLow" });
    expect(parseRatePercent("-99,9").ok).toBe(true);
    expect(parseRatePercent("1000,1")).toEqual({ ok: false, reason: "tooHigh" });
  });

  it("shows fractions as percent text in the language's format", () => {
    expect(percentFieldText(0.145, "vi")).toBe("14,5");
    expect(percentFieldText(0.145, "en")).toBe("14.5");
    expect(percentFieldText(0.14632178, "vi")).toBe("14,63");
    expect(percentFieldText(-0.032, "vi")).toBe("-3,2");
    expect(parseDecimal("1,25")).toEqual({ ok: true, value: 1.25 });
  });
});

describe("plausible yearly rates", () => {
  it("asks above +50 % and below −20 %, not at the bounds", () => {
    // "300" typed in a rate field is 3.00 as a fraction: far above 0.5.
    const r = parseRatePercent("300");
    expect(r.ok && implausibleRate(r.value)).toBe("high");
    expect(implausibleRate(0.5)).toBeUndefined();
    expect(implausibleRate(0.5001)).toBe("high");
    expect(implausibleRate(-0.2)).toBeUndefined();
    expect(implausibleRate(-0.2001)).toBe("low");
    expect(implausibleRate(0.145)).toBeUndefined();
  });
});
