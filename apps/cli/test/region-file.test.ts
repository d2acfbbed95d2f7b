import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadRegion, REGION_IDS } from "@lotrinh/core";
import { lotrinh, lotrinhJson, tempDir } from "./lotrinh.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/regions/tinh-gia-dinh-2030.json", import.meta.url));

interface TargetRow {
  id: string;
  projected: number;
  met: boolean;
  requiredRate: { status: string; rate: number; from: number; to: number };
  requiredGrdpGrowth: { status: string; rate: number } | null;
}

/**
 * The made-up province of the acceptance: per capita 100 million VND and revenue 5,000 billion VND
 * in 2025 (actuals), g 10 %, π 3 %, n 1 % every year 2026–2030, buoyancy 1.
 */
function expectAcceptance(targets: TargetRow[]): void {
  const byId = (id: string) => targets.find((t) => t.id === id)!;
  // 100 × (1.10 × 1.03 / 1.01)^5 = 100 × 1.1217822^5 = 177.64 ≥ 170: met
  const perCapita = byId("grdp-per-capita-2030");
  expect(perCapita.projected).toBeCloseTo(177.64, 2);
  expect(perCapita.met).toBe(true);
  // required per-capita growth (170/100)^(1/5) − 1 = 11.196 %; real growth 1.111962 × 1.01 / 1.03 − 1 = 9.037 %
  expect(perCapita.requiredRate.rate).toBeCloseTo(0.11196, 5);
  expect(perCapita.requiredGrdpGrowth!.rate).toBeCloseTo(0.09037, 5);
  // 5,000 × (1.10 × 1.03)^5 = 5,000 × 1.133^5 = 9,335.1 ≥ 9,000: met
  const revenue = byId("budget-revenue-2030");
  expect(revenue.projected).toBeCloseTo(9335.1, 1);
  expect(revenue.met).toBe(true);
  // average 10 % < 11 %: missed; 11 %/yr needed over 2026–2030
  const average = byId("grdp-growth-term-average");
  expect(average.met).toBe(false);
  expect(average.requiredRate).toMatchObject({ status: "solved", from: 2026, to: 2030 });
  expect(average.requiredRate.rate).toBeCloseTo(0.11, 10);
}

/** Fills the template the way a planner would: below the example rows, some numbers typed as Vietnamese text. */
async function fillTemplate(template: string, out: string, mistakes = false): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(template) as unknown as ArrayBuffer);
  const sheet = (name: string) => wb.getWorksheet(name)!;
  sheet("Địa bàn").addRow(["tinh-gia-dinh", "Tỉnh giả định", "Made-up province", "tỉnh", null, null, 2025, mistakes ? "hai nghìn" : 2030, "không"]);
  sheet("Tham số").addRow(["hệ số co giãn thu ngân sách", "1", "giả định", null, "Giả định của ví dụ kiểm thử", null]);
  sheet("Nguồn").addRow(["bao-cao-2025", "Báo cáo kinh tế – xã hội năm 2025 (giả định)", null, "UBND tỉnh giả định", "2025-12-20", "bao-cao-2025.pdf"]);
  const figures = sheet("Chỉ tiêu");
  figures.addRow(["GRDP bình quân đầu người", "mức", 2025, "100", "thực hiện", "bao-cao-2025", null, null]);
  figures.addRow(["budgetRevenue", "mức", 2025, mistakes ? "năm nghìn" : "5.000", "thực hiện", "bao-cao-2025", null, null]);
  for (let year = 2026; year <= 2030; year++) {
    // Rows 5–19, three a year. 10 typed in a plain cell is 10 %; "3 %" as text; 1 % as a real percent-formatted cell.
    figures.addRow(["grdpGrowth", "tốc độ", year, 10, "giả định", null, "Giả định kiểm thử", null]);
    figures.addRow(["deflator", "tốc độ", year, "3 %", "giả định", null, "Giả định kiểm thử", null]);
    const row = figures.addRow(["populationGrowth", "tốc độ", year, 0.01, mistakes && year === 2030 ? "dự kiến" : "giả định", null, "Giả định kiểm thử", null]);
    row.getCell(4).numFmt = "0.0%";
  }
  const targets = sheet("Mục tiêu");
  targets.addRow(["grdp-per-capita-2030", "grdpPerCapita", "mức năm", "ít nhất", "170", null, 2030, null, "kinh tế", null, "nhiệm kỳ", "bao-cao-2025"]);
  targets.addRow(["budget-revenue-2030", "budgetRevenue", "mức năm", "ít nhất", "9.000", null, 2030, null, "kinh tế", null, "nhiệm kỳ", "bao-cao-2025"]);
  targets.addRow(["grdp-growth-term-average", "grdpGrowth", "bình quân", "ít nhất", "11", 2026, 2030, null, "kinh tế", null, "nhiệm kỳ", "bao-cao-2025"]);
  writeFileSync(out, new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("--region-file: a made-up province, term 2025–2030 (acceptance)", () => {
  it("targets from a region JSON (version 1, migrated) give the hand-computed numbers", () => {
    expectAcceptance(lotrinhJson<{ targets: TargetRow[] }>("targets", "--region-file", FIXTURE).targets);
  });

  it("the same region written into the template as XLSX gives the same numbers", async () => {
    const template = join(tempDir, "mau.xlsx");
    expect(lotrinh("template", "--out", template).code).toBe(0);
    const filled = join(tempDir, "tinh-gia-dinh.xlsx");
    await fillTemplate(template, filled);
    const outcome = lotrinh("targets", "--region-file", filled, "--json");
    expect(outcome.stderr).toBe("");
    expectAcceptance(JSON.parse(outcome.stdout).targets);
    // and the table names the term
    expect(lotrinh("targets", "--region-file", filled).stdout.split("\n")[0]).toBe(
      "Tỉnh giả định · mục tiêu 2025–2030 · kịch bản: số liệu mặc định của địa phương",
    );
  });

  it("a workbook with errors in three cells lists three errors, each with sheet, row and column; exit 1, no file", async () => {
    const template = join(tempDir, "mau-loi.xlsx");
    lotrinh("template", "--out", template);
    const filled = join(tempDir, "loi.xlsx");
    await fillTemplate(template, filled, true);
    const out = join(tempDir, "loi.json");
    const outcome = lotrinh("region", "import", filled, "--out", out);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toBe(
      [
        `lotrinh: region import ${filled}: 3 lỗi:`,
        "  Địa bàn, dòng 3, cột Năm cuối: phải là số nguyên (năm)",
        "  Chỉ tiêu, dòng 4, cột Giá trị: phải là số",
        "  Chỉ tiêu, dòng 19, cột Trạng thái: phải là một trong: thực hiện, ước thực hiện, kế hoạch, giả định",
        "",
      ].join("\n"),
    );
    expect(existsSync(out)).toBe(false);
  });

  it("runs the region through project, solve, render and report", () => {
    const project = lotrinhJson<{ years: number[] }>("project", "--region-file", FIXTURE);
    expect(JSON.stringify(project)).toContain("2030");
    const solve = lotrinh("solve", "--region-file", FIXTURE, "--target", "grdp-growth-term-average");
    expect(solve.code).toBe(0);
    expect(solve.stdout).toContain("2026–2030");
    const svg = join(tempDir, "per-capita.svg");
    expect(lotrinh("render", "--region-file", FIXTURE, "--chart", "grdpPerCapita", "--format", "svg", "--out", svg).code).toBe(0);
    const text = readFileSync(svg, "utf8");
    for (const year of ["2025", "2030"]) expect(text).toContain(`>${year}<`);
    expect(text).not.toContain(">2020<");
    const html = join(tempDir, "report.html");
    expect(lotrinh("report", "--region-file", FIXTURE, "--out", html).code).toBe(0);
    expect(readFileSync(html, "utf8")).toContain("2025–2030");
  });

  it("refuses --region with --region-file (exit 2) and names a missing or bad file (exit 1)", () => {
    expect(lotrinh("targets", "--region", "sa-pa", "--region-file", FIXTURE).code).toBe(2);
    const missing = lotrinh("targets", "--region-file", join(tempDir, "khong-co.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^lotrinh: --region-file: không đọc được '.*khong-co\.json': không có tệp này\n$/);
    expect(lotrinh("targets", "--region-file", join(tempDir, "khong-co.json"), "--lang", "en").stderr).toMatch(
      /^lotrinh: --region-file: cannot read '.*khong-co\.json': no such file\n$/,
    );
    const bad = join(tempDir, "bad.json");
    writeFileSync(bad, JSON.stringify({ schema: "lotrinh/region/9" }));
    expect(lotrinh("targets", "--region-file", bad).stderr).toBe(
      `lotrinh: --region-file ${bad}: địa bàn: schema: phiên bản 9 mới hơn phiên bản Lộ Trình này hiểu được (2)\n`,
    );
    expect(lotrinh("targets", "--region-file", bad, "--lang", "en").stderr).toBe(
      `lotrinh: --region-file ${bad}: region: schema: version 9 is newer than this Lộ Trình understands (2)\n`,
    );
    expect(lotrinh("targets", "--region-file", join(tempDir, "x.txt")).stderr).toMatch(/phải có đuôi \.json, \.xlsx hoặc \.csv/);
    expect(lotrinh("targets", "--region-file", join(tempDir, "x.txt"), "--lang", "en").stderr).toMatch(/must end in \.json, \.xlsx or \.csv/);
  });
});

describe("region: usage errors in the output language", () => {
  it("names what is missing, in Vietnamese by default and in English with --lang en (exit 2)", () => {
    const none = lotrinh("region");
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^lotrinh: 'region' cần export hoặc import\n/);
    expect(lotrinh("region", "--lang", "en").stderr).toMatch(/^lotrinh: 'region' needs export or import\n/);
    expect(lotrinh("region", "move").stderr).toMatch(/^lotrinh: không có thao tác 'move' cho 'region' \(export hoặc import\)\n/);
    expect(lotrinh("region", "import").stderr).toMatch(/^lotrinh: 'region import' cần một tệp/);
    const format = lotrinh("region", "export", "--region", "sa-pa", "--format", "pdf");
    expect(format.code).toBe(1);
    expect(format.stderr).toBe("lotrinh: --format: 'pdf' phải là xlsx, csv hoặc json\n");
  });
});

describe("region export → region import", () => {
  for (const id of REGION_IDS)
    it(`${id}: the XLSX round trip gives the same region`, () => {
      const xlsx = join(tempDir, `${id}.xlsx`);
      const json = join(tempDir, `${id}.json`);
      expect(lotrinh("region", "export", "--region", id, "--format", "xlsx", "--out", xlsx).code).toBe(0);
      const imported = lotrinh("region", "import", xlsx, "--out", json);
      expect(imported.stderr).toBe("");
      expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(JSON.parse(JSON.stringify(loadRegion(id))));
    });

  it("exports JSON to stdout, English CSV to a file, and refuses an unknown action (exit 2)", () => {
    const json = lotrinh("region", "export", "--region", "vi-du-2030");
    expect(JSON.parse(json.stdout).term).toEqual({ base: 2025, end: 2030 });
    const csv = join(tempDir, "vi-du.csv");
    expect(lotrinh("region", "export", "--region", "vi-du-2030", "--out", csv, "--lang", "en").code).toBe(0);
    expect(readFileSync(csv, "utf8").split("\r\n").slice(0, 3)).toEqual([
      "# Region",
      "Region id,Name (Vietnamese),Name,Level,Province (Vietnamese),Province,Base year,End year,Example",
      "vi-du-2030,Ví dụ: tỉnh giả định,Example: a hypothetical province,province,,,2025,2030,yes",
    ]);
    expect(lotrinh("region", "rename").code).toBe(2);
    expect(lotrinh("region", "import").code).toBe(2);
  });
});
