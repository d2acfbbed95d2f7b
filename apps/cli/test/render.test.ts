import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lotrinh, saPaScenario, scenarioFile, tempDir } from "./lotrinh.js";

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("lotrinh render", () => {
  it("writes a standalone SVG that marks the 145 target", () => {
    const out = join(tempDir, "pc.svg");
    const r = lotrinh("render", "--region", "sa-pa", "--chart", "grdpPerCapita", "--format", "svg", "--out", out);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/<title[^>]*>GRDP bình quân đầu người/);
    // The description says the 2025 value (157,2) beats the 145 target.
    expect(svg).toMatch(/<desc[^>]*>[^<]*157,2[^<]*145/);
    expect(svg).toMatch(/class="target [^"]*"[^>]*data-target="grdp-per-capita-2025"/);
    expect(svg).toContain("Be Vietnam Pro");
    // The title block names the region as its data gives it and the scenario; sources are cited by number.
    expect(svg).toContain('class="chart__subtitle"');
    expect(svg).toContain(">Thị xã Sa Pa, Lào Cai · Kịch bản: Kế hoạch</text>");
    expect(svg).toMatch(/class="chart__source"[^>]*>Nguồn: \[1\] /);
    expect(svg).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it("writes a print-ready PNG at least 1200 px wide, 2× by default and 3× on request", () => {
    const out2 = join(tempDir, "pc2.png");
    expect(lotrinh("render", "--region", "sa-pa", "--chart", "grdpPerCapita", "--format", "png", "--out", out2).code).toBe(0);
    const two = pngSize(out2);
    // 720 px × 2 = 1440 px
    expect(two.width).toBe(1440);
    const out3 = join(tempDir, "pc3.png");
    expect(lotrinh("render", "--region", "sa-pa", "--chart", "grdpPerCapita", "--format", "png", "--scale", "3", "--width", "600", "--out", out3).code).toBe(0);
    const three = pngSize(out3);
    // 600 px × 3 = 1800 px, and the height scales by the same factor
    expect(three.width).toBe(1800);
    expect(three.height % 3).toBe(0);
    // A narrow chart is still rasterised to 1200 px: 400 px × 3 = 1200
    const narrow = join(tempDir, "narrow.png");
    expect(lotrinh("render", "--region", "sa-pa", "--chart", "grdpGrowth", "--format", "png", "--width", "400", "--out", narrow).code).toBe(0);
    expect(pngSize(narrow).width).toBe(1200);
  });

  it("renders English and a scenario's chart", () => {
    const file = scenarioFile("high.json", saPaScenario({ name: "Cao", rates: { grdpGrowth: { "2024": 0.2 } } }));
    const out = join(tempDir, "g.svg");
    expect(lotrinh("render", "--region", "sa-pa", "--scenario", file, "--chart", "grdpGrowth", "--format", "svg", "--lang", "en", "--out", out).code).toBe(0);
    const svg = readFileSync(out, "utf8");
    expect(svg).toContain("GRDP growth");
    expect(svg).toContain("20%");
    expect(svg).toContain(">Sa Pa town, Lào Cai province · Scenario: Cao</text>");
  });

  it("draws the fan from a seeded Monte Carlo run, the same for the same seed", () => {
    const a = join(tempDir, "fan-a.svg");
    const b = join(tempDir, "fan-b.svg");
    const args = ["render", "--region", "lao-cai", "--chart", "grdpPerCapita", "--format", "svg", "--fan", "--paths", "2000", "--seed", "11"];
    const r = lotrinh(...args, "--out", a);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2000 đường, seed 11");
    expect(lotrinh(...args, "--out", b).code).toBe(0);
    const svg = readFileSync(a, "utf8");
    expect(svg).toBe(readFileSync(b, "utf8"));
    expect(svg.match(/<path class="fan__band fan__band--(90|60|30)"/g)).toHaveLength(3);
    expect(svg).toMatch(/legend__item--fan[^]*?>khoảng tin cậy 90 %</);
    expect(svg).toMatch(/<desc[^>]*>[^<]*Khoảng tin cậy 90 % năm 2025: /);
    expect(svg).toContain(">Tỉnh Lào Cai · Kịch bản: Kế hoạch</text>");
  });

  it("draws the fan of the term's sum on the cumulative view (its default for investment), and the yearly fan on the level view", () => {
    const sum = join(tempDir, "fan-sum.svg");
    const yearly = join(tempDir, "fan-year.svg");
    const args = ["render", "--region", "lao-cai", "--chart", "investment", "--format", "svg", "--fan", "--paths", "2000", "--seed", "11"];
    expect(lotrinh(...args, "--out", sum).code).toBe(0);
    expect(lotrinh(...args, "--view", "level", "--out", yearly).code).toBe(0);
    const [a, b] = [readFileSync(sum, "utf8"), readFileSync(yearly, "utf8")];
    for (const svg of [a, b]) expect(svg.match(/<path class="fan__band fan__band--(90|60|30)"/g)).toHaveLength(3);
    // The 90 % band of 2025 in words: the sum's is several times a single year's.
    const upper = (svg: string) => Number(/Khoảng tin cậy 90 % năm 2025: [\d.,]+ [^<]*? đến ([\d.]+)/.exec(svg)![1]!.replace(/\./g, ""));
    expect(upper(a)).toBeGreaterThan(3 * upper(b));
  });

  it("keeps names with control characters out of the markup, in SVG and PNG", () => {
    // U+0001, ESC, U+FFFF and NUL in the scenario's name.
    const file = scenarioFile("ctl.json", JSON.stringify(saPaScenario({ name: "Cao\u0001\u001b tốc\uffff\u0000" })));
    const svgOut = join(tempDir, "ctl.svg");
    expect(lotrinh("render", "--region", "sa-pa", "--scenario", file, "--chart", "grdpGrowth", "--format", "svg", "--out", svgOut).code).toBe(0);
    const svg = readFileSync(svgOut, "utf8");
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(svg).toContain("Kịch bản: Cao tốc</text>");
    const pngOut = join(tempDir, "ctl.png");
    expect(lotrinh("render", "--region", "sa-pa", "--scenario", file, "--chart", "grdpGrowth", "--format", "png", "--out", pngOut).code).toBe(0);
    expect(pngSize(pngOut).width).toBe(1440);
  });

  it.each([
    [["--chart", "gdp", "--format", "svg", "--out", "x.svg"], /--chart: no chart 'gdp' for sa-pa/],
    [["--chart", "grdpPerCapita", "--format", "jpg", "--out", "x.jpg"], /--format: 'jpg' must be svg or png/],
    [["--chart", "grdpPerCapita", "--format", "svg", "--out", "x.png"], /--out: 'x.png' must end in .svg/],
    [["--chart", "grdpPerCapita", "--format", "svg", "--out", "/no/such/dir/x.svg"], /--out: folder '\/no\/such\/dir' does not exist/],
    [["--chart", "grdpPerCapita", "--format", "svg", "--out", "x.svg", "--width", "10"], /--width: '10' must be a whole number from 320 to 2400/],
    [["--chart", "grdpPerCapita", "--format", "png", "--out", "x.png", "--scale", "5"], /--scale: '5' must be a whole number from 2 to 3/],
    [["--chart", "grdpPerCapita", "--format", "svg", "--out", "x.svg", "--view", "cumulative"], /--view: 'cumulative' is not a view of grdpPerCapita/],
    [["--chart", "investment", "--format", "svg", "--out", "x.svg", "--fan", "--view", "level", "--paths", "0"], /--paths: '0' must be a whole number from 1 to 1000000/],
    [["--chart", "investment", "--format", "svg", "--out", "x.svg", "--seed", "3"], /--paths and --seed go with --fan/],
  ])("refuses bad input %j with exit 1 and one line naming it", (args, message) => {
    const r = lotrinh("render", "--region", "sa-pa", "--lang", "en", ...(args as string[]));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it("names bad input in Vietnamese by default", () => {
    const r = lotrinh("render", "--region", "sa-pa", "--chart", "grdpPerCapita", "--format", "jpg", "--out", "x.jpg");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--format: 'jpg' phải là svg hoặc png/);
  });

  it("refuses bad usage with exit 2", () => {
    expect(lotrinh("render", "--region", "sa-pa", "--format", "svg", "--out", "x.svg").code).toBe(2);
    expect(lotrinh("render", "--region", "sa-pa", "--chart", "grdpGrowth", "--format", "svg", "--out", "x.svg", "--colour", "red").code).toBe(2);
  });
});
