import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chartCsv, chartCsvExcelVi, chartSvgMarkup, chartTable, describeChart, renderChartSvg, xmlSafe } from "../src/index.js";
import { saPaChart } from "./fixture.js";

/** Any character XML 1.0 forbids: C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// U+0001, ESC, U+FFFF and NUL around the name, and a lone high surrogate.
const HOSTILE = "\u0001Cao\u001b tốc\uFFFF\u0000\uD800";

function hostileChart(lang: "vi" | "en" = "vi") {
  const input = saPaChart("grdpPerCapita", lang);
  input.series[0] = { ...input.series[0]!, label: HOSTILE };
  return input;
}

describe("XML-invalid characters in names", () => {
  it("strips U+0001, ESC, U+FFFF, NUL and lone surrogates and keeps the rest", () => {
    expect(xmlSafe(HOSTILE)).toBe("Cao tốc");
    // Tab, line feed and a valid surrogate pair (an emoji) stay.
    expect(xmlSafe("a\tb\nc 😀")).toBe("a\tb\nc 😀");
  });

  it("writes a standalone SVG, inline markup, table, alt text and both CSVs without them", () => {
    const input = hostileChart();
    for (const text of [renderChartSvg(input), chartSvgMarkup(input), chartCsv(input), chartCsvExcelVi(input)]) {
      expect(text).not.toMatch(INVALID);
      expect(text).toContain("Cao tốc");
    }
    // A single-scenario alt text does not name the scenario; a compare view does.
    const compare = saPaChart("grdpPerCapita", "vi", { count: 2 });
    compare.series[1] = { ...compare.series[1]!, label: HOSTILE };
    expect(describeChart(compare)).toContain("Cao tốc: GRDP");
    expect(describeChart(compare)).not.toMatch(INVALID);
    expect(chartTable(input).rows[0]![0]).toBe("Cao tốc");
  });

  it("never lets an invalid character through, whatever the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (name) => !INVALID.test(xmlSafe(name))),
      { numRuns: 500 },
    );
  });
});
