import { describe, expect, it } from "vitest";
import { isRateInput, loadRegion, regionIndicators, resolveModel, type RegionId } from "../src/index.js";

const REAL: RegionId[] = ["sa-pa", "lao-cai", "lai-chau"];

/** Every bilingual text of a region file, with where it is. */
function texts(value: unknown, path: string, out: [string, { vi: string; en: string }][] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}.${i}`, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.vi === "string" && typeof o.en === "string") out.push([path, o as { vi: string; en: string }]);
    else for (const [k, v] of Object.entries(o)) texts(v, `${path}.${k}`, out);
  }
  return out;
}

describe("seed data (issue 7 §6, issues 8 and 11)", () => {
  it("every note has a Vietnamese text of its own, not the English copied", () => {
    for (const id of REAL) {
      const notes = texts(loadRegion(id), id).filter(([path]) => path.endsWith(".note"));
      expect(notes.length).toBeGreaterThan(10);
      for (const [path, note] of notes) if (note.en.length > 20) expect(note.vi, path).not.toBe(note.en);
    }
  });

  it("names the regions as the documents do", () => {
    expect(REAL.map((id) => loadRegion(id).name.vi)).toEqual(["Thị xã Sa Pa", "Tỉnh Lào Cai", "Tỉnh Lai Châu"]);
    // 002 speaks of "Tổng vốn đầu tư toàn xã hội".
    expect(regionIndicators(loadRegion("lao-cai")).find((d) => d.id === "investment")!.name.vi).toBe("Tổng vốn đầu tư toàn xã hội");
  });

  it("gives every rate input a σ with its reason, and the Monte Carlo parameters as assumptions", () => {
    for (const id of REAL) {
      const input = resolveModel(loadRegion(id));
      if (!input.ok) throw new Error(input.error);
      for (const ind of input.value.indicators.filter(isRateInput)) {
        const u = input.value.uncertainty.inputs[ind.id];
        expect(u, `${id} ${ind.id}`).toBeDefined();
        expect(u!.sigma).toBeGreaterThan(0);
        expect(u!.info.note?.vi).toMatch(/giả định/i);
      }
      expect(input.value.uncertainty.inputs.grdpGrowth!.sigma).toBe(0.02);
      expect(input.value.uncertainty.inputs.deflator!.sigma).toBe(0.01);
      expect(input.value.uncertainty.inputs.populationGrowth!.sigma).toBe(0.002);
      const params = loadRegion(id).params;
      expect(params.persistence).toMatchObject({ value: 0.5, status: "assumption" });
      expect(params.growthDeflatorCorrelation).toMatchObject({ status: "assumption" });
    }
  });

  it("marks the defaults read from a target with derivedFrom, and quotes the source on Sa Pa's epidemic years", () => {
    const sapa = loadRegion("sa-pa").indicators.grdpGrowth!.rates!;
    for (const y of ["2021", "2022", "2024", "2025"]) expect(sapa[y]!.derivedFrom).toBe("grdp-growth-term-average");
    expect(sapa["2021"]!.note!.vi).toContain("bù đắp lại giai đoạn bị ảnh hưởng bởi dịch bệnh");
    const pop = loadRegion("sa-pa").indicators.populationGrowth!.rates!["2022"]!;
    expect(pop.note!.en).toContain("not an actual of total growth");
  });

  it("carries the social targets found missing in review, with their sources and better sides", () => {
    const sapa = loadRegion("sa-pa");
    const lai = loadRegion("lai-chau");
    const target = (r: typeof sapa, id: string) => r.targets.find((t) => t.id === id)!;
    expect(target(sapa, "youth-upper-secondary-2023")).toMatchObject({ value: 0.5368, comparator: "atLeast", source: "001_6fa409010d15edcc" });
    expect(target(sapa, "certified-labour-2023")).toMatchObject({ value: 0.26, source: "001_6fa409010d15edcc" });
    expect(target(sapa, "child-underweight-2023")).toMatchObject({ value: 0.1756, comparator: "atMost" });
    expect(target(lai, "child-underweight-2021")).toMatchObject({ value: 0.1879, comparator: "atMost", source: "003_7cd9e46865a7d4d1" });
    expect(target(lai, "birth-rate-reduction-2021")).toMatchObject({ value: 0.0004, source: "003_7cd9e46865a7d4d1" });
    for (const r of [sapa, lai]) {
      expect(r.indicators.childUnderweightShare!.better).toBe("lower");
      expect(r.indicators.childStuntingShare!.better).toBe("lower");
    }
  });
});
