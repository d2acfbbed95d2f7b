import { describe, expect, it } from "vitest";
import { displayWidth, renderTable } from "../src/table.js";
import { jsonErrorOffset, lineColumn } from "../src/json-position.js";

describe("renderTable", () => {
  it("aligns Vietnamese text whether it arrives composed (NFC) or decomposed (NFD)", () => {
    const composed = "Thu ngân sách";
    const decomposed = composed.normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(displayWidth(decomposed)).toBe(displayWidth(composed));
    const text = renderTable([{ header: "Chỉ tiêu" }, { header: "Giá trị", align: "right" }], [
      [decomposed, "12.085"],
      ["GRDP", "1"],
    ]);
    const lines = text.trimEnd().split("\n");
    const widths = lines.map((line) => displayWidth(line));
    expect(new Set(widths).size).toBe(1); // right-aligned last column: every line ends at the same column
    expect(lines[2]).toBe(`${composed}   12.085`); // "Giá trị" is 7 wide, "12.085" 6
  });
});

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": }', 6],
    ['{"a": 1', 7],
    ['{"a": tru}', 9],
    ["[1, 2,]", 6],
    ["", 0],
    ['{"a": 1} x', 9],
  ])("locates the error in %j at %i", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("finds nothing wrong in valid JSON", () => {
    expect(jsonErrorOffset('{"a": [1, -2.5e3, "x\\u00e9", true, null]}')).toBeUndefined();
  });

  it("counts lines and columns from 1", () => {
    expect(lineColumn("{\n  x", 4)).toEqual({ line: 2, column: 3 });
  });
});
