import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lotrinh } from "./lotrinh.js";

/** LibreOffice's command: CI installs it (.ci/run) and must run this test; elsewhere it is skipped with a message. */
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
if (!SOFFICE && process.env.CI) throw new Error("LibreOffice (soffice) is missing: .ci/run installs libreoffice-calc-nogui");
if (!SOFFICE) console.warn("libreoffice.test.ts skipped: soffice not found (apt-get install libreoffice-calc-nogui)");

/** Converts the workbook's first sheet to CSV with LibreOffice, in a profile of its own so that runs never collide. */
function sofficeCsv(xlsx: string, dir: string): string {
  const profile = `file://${join(dir, "profile")}`;
  const result = spawnSync(
    SOFFICE!,
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, xlsx],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  return readFileSync(join(dir, xlsx.split("/").pop()!.replace(/\.xlsx$/, ".csv")), "utf8");
}

describe.skipIf(!SOFFICE)("the workbook opens in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "lotrinh-soffice-"));

  it("the template's first sheet has the region header and the example row", () => {
    const xlsx = join(dir, "mau.xlsx");
    expect(lotrinh("template", "--out", xlsx).code).toBe(0);
    expect(sofficeCsv(xlsx, dir).trim().split(/\r?\n/)).toEqual([
      "Mã địa bàn,Tên,Tên (tiếng Anh),Cấp,Thuộc tỉnh,Thuộc tỉnh (tiếng Anh),Năm gốc,Năm cuối,Là ví dụ",
      "tinh-moi,Tỉnh Mới,New Province,tỉnh,,,2025,2030,không",
    ]);
  }, 180_000);

  it("an exported region's first sheet holds its id, names and term", () => {
    const xlsx = join(dir, "lai-chau.xlsx");
    expect(lotrinh("region", "export", "--region", "lai-chau", "--out", xlsx).code).toBe(0);
    const lines = sofficeCsv(xlsx, dir).trim().split(/\r?\n/);
    expect(lines[1]).toMatch(/^lai-chau,Tỉnh Lai Châu,.*,tỉnh,,,2020,2025,$/);
  }, 180_000);
});
