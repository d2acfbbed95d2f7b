import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadRegion, parseRegion, simulate } from "@lotrinh/core";
import { MAX_REGIONS, MAX_REGION_CHARS, REGIONS_KEY, deleteCustomRegion, freeRegionId, readEntries, saveCustomRegion } from "../src/regions/store";
import { decodeRegion, encodeRegion } from "../src/regions/linkCodec";
import { handRegion, slugOf } from "../src/regions/handRegion";
import { formatHash, MAX_HASH_LENGTH, parseHash } from "../src/state/url";
import { MemoryStorage } from "./fixtures";

describe("custom region storage", () => {
  it("saves, replaces by id, deletes, and refuses beyond the limits", () => {
    const storage = new MemoryStorage();
    const a = { id: "tinh-a", name: { vi: "A", en: "A" }, term: { base: 2025, end: 2030 } };
    expect(saveCustomRegion(a, storage)).toEqual({ ok: true });
    expect(saveCustomRegion({ ...a, name: { vi: "A mới", en: "New A" } }, storage)).toEqual({ ok: true });
    expect(readEntries(storage)).toEqual([{ ...a, name: { vi: "A mới", en: "New A" } }]);
    for (let i = 1; i < MAX_REGIONS; i++) expect(saveCustomRegion({ ...a, id: `tinh-${i}` }, storage).ok).toBe(true);
    expect(saveCustomRegion({ ...a, id: "mot-qua-nhieu" }, storage)).toEqual({ ok: false, reason: "tooMany" });
    deleteCustomRegion("tinh-1", storage);
    expect(readEntries(storage)).toHaveLength(MAX_REGIONS - 1);
    expect(saveCustomRegion({ ...a, id: "lon", blob: "x".repeat(MAX_REGION_CHARS) }, storage)).toEqual({ ok: false, reason: "tooLarge" });
    storage.failWrites = true;
    expect(saveCustomRegion({ ...a, id: "tinh-2" }, storage)).toMatchObject({ ok: false, reason: "noStorage" });
  });

  it("keeps unreadable data aside under a key of its own, and starts empty", () => {
    const storage = new MemoryStorage();
    storage.setItem(REGIONS_KEY, "{not json");
    expect(readEntries(storage)).toEqual([]);
    const aside = [...storage.map.keys()].filter((k) => k.startsWith(`${REGIONS_KEY}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(storage.getItem(aside[0]!)).toBe("{not json");
    expect(JSON.parse(storage.getItem(REGIONS_KEY)!)).toEqual({ version: 1, regions: [] });
  });

  it("keeps an entry it cannot read as it is when saving another", () => {
    const storage = new MemoryStorage();
    storage.setItem(REGIONS_KEY, JSON.stringify({ version: 1, regions: [{ broken: true }] }));
    saveCustomRegion({ id: "tinh-b" }, storage);
    expect(readEntries(storage)).toEqual([{ broken: true }, { id: "tinh-b" }]);
  });

  it("finds a free id", () => {
    expect(freeRegionId("sa-pa", ["sa-pa", "sa-pa-2"])).toBe("sa-pa-3");
    expect(freeRegionId("tinh-moi", ["sa-pa"])).toBe("tinh-moi");
  });
});

describe("region links", () => {
  it("carries a region deflated and base64url-encoded, and reads it back", async () => {
    const region = loadRegion("vi-du-2030");
    const data = await encodeRegion(region);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    // the example region's 7.6 KB of JSON deflate well below the 8 KB link limit
    expect(data.length).toBeLessThan(2000);
    const back = await decodeRegion(data);
    expect(back.ok && parseRegion(back.value)).toEqual({ ok: true, value: region });
    const hash = formatHash({ region: "vi-du-tinh", regionData: data });
    expect(parseHash(hash)).toEqual({ ok: true, link: { region: "vi-du-tinh", regionData: data } });
  });

  it("leaves the region out of a link that would pass 8 KB", () => {
    const hash = formatHash({ region: "tinh-lon", regionData: "A".repeat(MAX_HASH_LENGTH) });
    expect(hash).toBe("#v1&r=tinh-lon");
  });

  it("refuses link data that is not a deflated region", async () => {
    expect(await decodeRegion("!!")).toEqual({ ok: false, error: "rd: not base64url" });
    expect(await decodeRegion("AAAA")).toEqual({ ok: false, error: "rd: not deflate-compressed UTF-8" });
  });

  it("reads back any JSON value it encodes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const back = await decodeRegion(await encodeRegion(value));
        expect(back).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      }),
      { numRuns: 50 },
    );
  });
});

describe("a region by hand", () => {
  it("gives the acceptance province: per capita 177.64 in 2030, average growth target missed", () => {
    const raw = handRegion(
      {
        name: "Tỉnh Giả Định",
        id: slugOf("Tỉnh Giả Định"),
        level: "province",
        base: 2025,
        end: 2030,
        growth: 10,
        deflator: 3,
        population: 1,
        perCapita: 100,
        revenue: 5000,
        perCapitaTarget: 170,
        revenueTarget: 9000,
        averageGrowthTarget: 11,
      },
      "vi",
      new Date("2026-11-28"),
    );
    expect(raw.id).toBe("tinh-gia-dinh");
    const region = parseRegion(raw);
    if (!region.ok) throw new Error(region.error);
    const run = simulate(region.value);
    if (!run.ok) throw new Error(run.error);
    const byId = (id: string) => run.value.evaluations.find((e) => e.target.id === id)!;
    // 100 × (1.10 × 1.03 / 1.01)^5 = 177.64; 5,000 × 1.133^5 = 9,335.1; average 10 % < 11 %
    expect(byId("grdp-per-capita-2030").projected).toBeCloseTo(177.64, 2);
    expect(byId("budget-revenue-2030").projected).toBeCloseTo(9335.1, 1);
    expect(byId("grdp-growth-term-average").met).toBe(false);
  });

  it("is refused by the region schema when the term is too short", () => {
    const raw = handRegion({ name: "X", id: "x", level: "town", base: 2025, end: 2026, growth: 5, deflator: 2, population: 1 }, "en");
    expect(parseRegion(raw)).toMatchObject({ ok: false, error: expect.stringMatching(/term\.end: a term has 3 to 10 growth years/) });
  });
});

describe("embeds of a custom region", () => {
  it("need the region's data in the fragment", async () => {
    const { parseEmbedParams } = await import("../src/embed/embedParams");
    expect(parseEmbedParams("?region=tinh-moi&chart=grdpGrowth", "#v1&r=tinh-moi")).toEqual({
      ok: false,
      lang: "vi",
      error: "region: unknown region 'tinh-moi'",
    });
    const data = await encodeRegion({ id: "tinh-moi" });
    const parsed = parseEmbedParams("?region=tinh-moi&chart=grdpGrowth", `#v1&r=tinh-moi&rd=${data}`);
    expect(parsed).toMatchObject({ ok: true, params: { region: "tinh-moi", link: { region: "tinh-moi", regionData: data } } });
  });
});
