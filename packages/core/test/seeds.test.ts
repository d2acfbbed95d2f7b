import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRegion, REGION_IDS } from "../src/index.js";

const seedsDir = join(__dirname, "../../../seeds");
const files = readdirSync(seedsDir).filter((f) => f.endsWith(".json"));

describe("seeds", () => {
  it("holds one file per region id", () => {
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual([...REGION_IDS].sort());
  });

  for (const file of files) {
    it(`${file} validates against the region schema`, () => {
      const raw = JSON.parse(readFileSync(join(seedsDir, file), "utf8"));
      const result = parseRegion(raw);
      if (!result.ok) throw new Error(result.error);
      expect(result.value.id).toBe(file.replace(/\.json$/, ""));
    });
  }

  it("names the broken field when a file is invalid", () => {
    const raw = JSON.parse(readFileSync(join(seedsDir, "sa-pa.json"), "utf8"));
    raw.indicators.grdpGrowth.rates["2023"].source = undefined;
    const result = parseRegion(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("indicators.grdpGrowth.rates.2023.source");
  });
});
