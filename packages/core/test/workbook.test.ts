import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadRegion, REGION_IDS, type Region } from "../src/index.js";
import {
  errorLines,
  parseNumberText,
  readCsv,
  readRegionFile,
  readXlsx,
  regionCsv,
  regionFromSheets,
  regionSheets,
  regionXlsx,
  templateCsv,
  templateXlsx,
  writeXlsx,
  type InSheet,
} from "../src/workbook/index.js";

const asIn = (region: Region, lang: "vi" | "en"): InSheet[] =>
  regionSheets(region, lang).map((s) => ({ name: s.name, rows: [s.header.map((h) => ({ value: h })), ...s.rows.map((r) => r.cells)] }));

describe("region workbook round trip", () => {
  for (const id of REGION_IDS)
    it(`${id}: export to XLSX then import gives the same region`, async () => {
      const region = loadRegion(id);
      const bytes = await regionXlsx(region, "vi");
      const back = await readRegionFile(`${id}.xlsx`, bytes, "vi");
      if (!back.ok) throw new Error(back.errors.join("\n"));
      expect(back.region).toEqual(region);
    });

  for (const id of REGION_IDS)
    it(`${id}: export to CSV (English) then import gives the same region`, async () => {
      const region = loadRegion(id);
      const back = await readRegionFile(`${id}.csv`, new TextEncoder().encode(regionCsv(region, "en")), "en");
      if (!back.ok) throw new Error(back.errors.join("\n"));
      expect(back.region).toEqual(region);
    });

  it("reads sheets and headers in the other language", () => {
    const region = loadRegion("sa-pa");
    const read = regionFromSheets(asIn(region, "en"), "vi");
    expect(read.ok && read.region).toEqual(region);
  });
});

describe("template", () => {
  it("has the sheets, the standard indicators, a hidden list sheet and validation lists", async () => {
    const sheets = await readXlsx(await templateXlsx("vi"));
    expect(sheets.map((s) => s.name)).toEqual([
      "Địa bàn", "Tham số", "Nguồn", "Danh mục chỉ tiêu", "Chỉ tiêu", "Mục tiêu", "Cơ cấu kinh tế", "Kịch bản", "Chỉ tiêu chuẩn", "Danh sách",
    ]);
    const standard = sheets.find((s) => s.name === "Chỉ tiêu chuẩn")!;
    expect(standard.rows[6]!.map((c) => c.value)).toEqual(["budgetRevenue", "Thu ngân sách trên địa bàn", "State budget revenue", "tỷ đồng", "mức"]);
    // every data sheet: a header and one filled example row
    for (const s of sheets.slice(0, 8)) expect(s.rows.length).toBe(2);
    const figures = sheets.find((s) => s.name === "Chỉ tiêu")!;
    expect(figures.rows[1]!.map((c) => c.value)).toEqual(["grdpGrowth", "tốc độ", 2026, 0.1, "kế hoạch", "nq-2025", "Kế hoạch năm 2026.", "Plan for 2026.", null]);
    expect(figures.rows[1]![3]!.percent).toBe(true);
  });

  it("writes data validation lists into the file", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx("vi")) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Chỉ tiêu")! as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } };
    const status = ws.dataValidations.model["E2"]!;
    expect(status.type).toBe("list");
    expect(status.formulae[0]).toMatch(/^'Danh sách'!\$[A-Z]+\$2:\$[A-Z]+\$5$/);
    expect(wb.getWorksheet("Danh sách")!.state).toBe("hidden");
  });

  it("reads back as no region: only example rows, so the region row is missing", async () => {
    const read = await readRegionFile("t.csv", new TextEncoder().encode(templateCsv("vi")), "vi");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toBe("Địa bàn, dòng 2, cột Mã địa bàn: cần đúng một dòng địa bàn");
  });
});

describe("Vietnamese number formats", () => {
  it("reads 14,5 · 12.085 · 14,5 % · 1.234,5 · −0,5 and English notation", () => {
    expect(parseNumberText("14,5", "vi")).toEqual({ value: 14.5, percent: false });
    expect(parseNumberText("12.085", "vi")).toEqual({ value: 12085, percent: false });
    expect(parseNumberText("14,5 %", "vi")).toEqual({ value: 14.5, percent: true });
    expect(parseNumberText("1.234,5", "vi")).toEqual({ value: 1234.5, percent: false });
    expect(parseNumberText("−0,5", "vi")).toEqual({ value: -0.5, percent: false });
    expect(parseNumberText("12 085", "vi")).toEqual({ value: 12085, percent: false });
    expect(parseNumberText("12,085", "en")).toEqual({ value: 12085, percent: false });
    expect(parseNumberText("14.5", "en")).toEqual({ value: 14.5, percent: false });
    for (const bad of ["", "abc", "1.2.3", "12,5,5", "1..2", "%"]) expect(parseNumberText(bad, "vi")).toBeUndefined();
  });

  it("reads back every number it writes, in both languages (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom("vi" as const, "en" as const), (x, lang) => {
        const text = lang === "vi" ? String(x).replace(".", ",") : String(x);
        if (/e/i.test(text)) return;
        expect(parseNumberText(text, lang)?.value).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});

describe("import errors", () => {
  it("lists every bad cell with sheet, row and column, in the chosen language", async () => {
    const region = loadRegion("vi-du-2030");
    const sheets = asIn(region, "vi");
    const figures = sheets.find((s) => s.name === "Chỉ tiêu")!;
    figures.rows[5]![3] = { value: "mười" }; // row 6, Giá trị
    figures.rows[6]![2] = { value: "năm sau" }; // row 7, Năm
    const targets = sheets.find((s) => s.name === "Mục tiêu")!;
    targets.rows[1]![3] = { value: "hơn" }; // row 2, So sánh
    const read = regionFromSheets(sheets, "vi");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(errorLines(read.errors, "vi")).toEqual([
      "Chỉ tiêu, dòng 6, cột Giá trị: phải là số",
      "Chỉ tiêu, dòng 7, cột Năm: phải là số nguyên (năm)",
      "Mục tiêu, dòng 2, cột So sánh: phải là một trong: ít nhất, tối đa, khoảng",
    ]);
  });

  it("maps schema errors back to the cell: an unknown source, a year outside the term", () => {
    const sheets = asIn(loadRegion("vi-du-2030"), "en");
    const figures = sheets.find((s) => s.name === "Figures")!;
    figures.rows[1]![5] = { value: "nowhere" }; // row 2, Source
    figures.rows[2]![2] = { value: 2031 }; // row 3, Year
    const read = regionFromSheets(sheets, "en");
    expect(!read.ok && errorLines(read.errors, "en")).toEqual([
      "Figures, row 2, column Source: unknown source 'nowhere'",
      "Figures, row 3, column Year: year 2031 is outside the term 2026–2030",
    ]);
  });

  it("lists at most 50 errors, then how many more", () => {
    const sheets = asIn(loadRegion("sa-pa"), "vi");
    const figures = sheets.find((s) => s.name === "Chỉ tiêu")!;
    for (const row of figures.rows.slice(1)) row[3] = { value: "x" };
    const read = regionFromSheets(sheets, "vi");
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const lines = errorLines(read.errors, "vi");
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe(`… và ${read.errors.length - 50} lỗi khác`);
  });

  it("refuses a percent sign on a level and accepts Vietnamese text numbers", () => {
    const sheets = asIn(loadRegion("vi-du-2030"), "vi");
    const figures = sheets.find((s) => s.name === "Chỉ tiêu")!;
    const perCapita = figures.rows.findIndex((r) => r[0]!.value === "grdpPerCapita");
    const growth = figures.rows.findIndex((r) => r[0]!.value === "grdpGrowth");
    figures.rows[growth]![3] = { value: "14,5 %" };
    figures.rows[perCapita]![3] = { value: "1.234,5" };
    const ok = regionFromSheets(sheets, "vi");
    expect(ok.ok && ok.region.indicators.grdpGrowth!.rates!["2026"]!.value).toBe(0.145);
    expect(ok.ok && ok.region.indicators.grdpPerCapita!.levels!["2025"]!.value).toBe(1234.5);
    figures.rows[perCapita]![3] = { value: "100 %" };
    const bad = regionFromSheets(sheets, "vi");
    expect(!bad.ok && errorLines(bad.errors, "vi")).toEqual([`Chỉ tiêu, dòng ${perCapita + 1}, cột Giá trị: không dùng % cho chỉ tiêu này`]);
  });

  it("reads CSV with semicolons and quoted fields", () => {
    expect(readCsv('# Nguồn\r\nMã nguồn;Tên văn bản\r\na;"x; ""y"""\r\n')).toEqual([
      { name: "Nguồn", rows: [[{ value: "Mã nguồn" }, { value: "Tên văn bản" }], [{ value: "a" }, { value: 'x; "y"' }]] },
    ]);
  });

  it("refuses an unreadable XLSX with one message", async () => {
    const read = await readRegionFile("x.xlsx", new Uint8Array([1, 2, 3]), "vi");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatch(/^x\.xlsx: không đọc được tệp bảng tính/);
  });

  it("writes any sheets it is given (the writer is not tied to a region)", async () => {
    const bytes = await writeXlsx(regionSheets(loadRegion("vi-du-2030"), "en"), "en");
    expect((await readXlsx(bytes)).map((s) => s.name).slice(0, 2)).toEqual(["Region", "Parameters"]);
  });
});

describe("round trip (property)", () => {
  const region = loadRegion("vi-du-2030");
  // Figures as planners write them: rates to 0.001 % (−50 %…+200 %), levels to 0.01.
  const rate = fc.integer({ min: -50_000, max: 200_000 }).map((n) => n / 1e5);
  const level = fc.integer({ min: 0, max: 1e11 }).map((n) => n / 100);
  const withFigures = (rates: number[], perCapita: number): Region => {
    const r = structuredClone(region);
    rates.forEach((v, i) => (r.indicators.grdpGrowth!.rates![String(2026 + i)]!.value = v));
    r.indicators.grdpPerCapita!.levels!["2025"]!.value = perCapita;
    return r;
  };

  it("CSV in either language gives back every figure", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rate, { minLength: 5, maxLength: 5 }), level, fc.constantFrom("vi" as const, "en" as const), async (rates, perCapita, lang) => {
        const r = withFigures(rates, perCapita);
        const back = await readRegionFile("r.csv", new TextEncoder().encode(regionCsv(r, lang)), lang);
        expect(back.ok && back.region).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it("XLSX gives back every figure", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rate, { minLength: 5, maxLength: 5 }), level, async (rates, perCapita) => {
        const r = withFigures(rates, perCapita);
        const back = await readRegionFile("r.xlsx", await regionXlsx(r, "vi"), "vi");
        expect(back.ok && back.region).toEqual(r);
      }),
      { numRuns: 15 },
    );
  });
});
