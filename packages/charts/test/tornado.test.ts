import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadRegion, regionScenarios, simulate } from "@lotrinh/core";
import { simulateRisk, type TargetSensitivity } from "@lotrinh/core/risk";
import { textWidth } from "../src/textWidth.js";
import { describeTornado, renderTornadoSvg, tornadoCsvExcelVi, tornadoSvgMarkup, tornadoTable, type TornadoInput } from "../src/index.js";

const region = loadRegion("sa-pa");
const scenario = regionScenarios(region)[0]!;
const simResult = simulate(region, scenario);
if (!simResult.ok) throw new Error(simResult.error);
const riskResult = simulateRisk(region, scenario, { paths: 100, seed: 1 });
if (!riskResult.ok) throw new Error(riskResult.error);
const sim = simResult;
const risk = riskResult;

function tornado(id: string, lang: "vi" | "en" = "vi", sensitivity?: TargetSensitivity): TornadoInput {
  const evaluation = sim.value.evaluations.find((e) => e.target.id === id)!;
  return {
    evaluation,
    sensitivity: sensitivity ?? risk.value.sensitivity.find((s) => s.id === id)!,
    projection: sim.value.projection,
    scenario: "Kế hoạch",
    lang,
    width: 640,
  };
}

describe("tornado chart", () => {
  // Per capita 2025 = 118 × ((1 + g)(1 + π)/(1 + n))² over 2024–2025, g 14.5 %, π 2 %, n 1.2 %: 157.156.
  // n −1 point: 118 × (1.145 × 1.02 / 1.002)² = 160.309 (+3.153); n +1: 118 × (1.145 × 1.02 / 1.022)² = 154.096 (−3.060): swing 6.21.
  // π ∓1: −3.066 / +3.097 (swing 6.16); g ∓1: 118 × (1.135 × 1.02 / 1.012)² − 157.156 = −2.733 / +2.757 (swing 5.49).
  const hand: TargetSensitivity = { id: "grdp-per-capita-2025", projected: 157.156, bars: [{ input: "grdpGrowth", step: 0.01, down: -2.62, up: 2.87 }, { input: "populationGrowth", step: 0.01, down: 2.9, up: -2.85 }] };

  it("ranks the engine's inputs by swing: population growth, deflator, then real growth for per capita", () => {
    const { rows } = tornadoTable(tornado("grdp-per-capita-2025"));
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3]);
    expect(rows.map((r) => r[1])).toEqual(["Tăng dân số", "Chỉ số giảm phát GRDP", "Tăng trưởng GRDP"]);
    expect(rows[0]![2]).toBeCloseTo(3.153, 2);
    expect(rows[0]![3]).toBeCloseTo(-3.06, 2);
    expect(rows[2]![2]).toBeCloseTo(-2.733, 2);
    expect(rows[2]![3]).toBeCloseTo(2.757, 2);
    expect(rows[0]![4]).toBe("triệu đồng/người");
  });

  it("names the revenue buoyancy's step (±0,1) wherever its bar appears: row, columns, legend, caption and alt text", () => {
    // Lào Cai revenue 2025: buoyancy ±0.1 moves it −326.7 / +330.3 (core's sensitivity test), more than either rate.
    const laoCai = loadRegion("lao-cai");
    const plan = regionScenarios(laoCai)[0]!;
    const s = simulate(laoCai, plan);
    const r = simulateRisk(laoCai, plan, { paths: 100, seed: 1 });
    if (!s.ok || !r.ok) throw new Error("lao-cai");
    const input: TornadoInput = {
      evaluation: s.value.evaluations.find((e) => e.target.id === "budget-revenue-2025")!,
      sensitivity: r.value.sensitivity.find((x) => x.id === "budget-revenue-2025")!,
      projection: s.value.projection,
      scenario: "Kế hoạch",
      lang: "vi",
      width: 640,
    };
    const table = tornadoTable(input);
    expect(table.rows[0]![1]).toBe("Hệ số đàn hồi thu ngân sách (±0,1)");
    expect(table.rows[0]![2]).toBeCloseTo(-326.7355, 3);
    expect(table.columns[2]).toBe("Thay đổi khi −1 điểm % (hệ số −0,1)");
    const svg = renderTornadoSvg(input);
    expect(svg).toContain(">đầu vào −1 điểm % (hệ số −0,1)</text>");
    expect(svg).toMatch(/class="tornado__caption"[^>]*>Thay đổi của giá trị dự báo khi mỗi tỷ lệ giảm hoặc tăng 1 điểm %/);
    expect(svg).toContain("giảm hoặc tăng 0,1</text>");
    // The legend's second item starts after the first, longer label.
    const [first, second] = [...svg.matchAll(/legend__item--(?:down|up)"><rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(second! - first!).toBeGreaterThanOrEqual(19 + textWidth("đầu vào −1 điểm % (hệ số −0,1)", 11) + 20 - 0.01);
    expect(second! - first!).toBeGreaterThan(170);
    expect(describeTornado(input)).toContain("Hệ số đàn hồi thu ngân sách (±0,1) (−0,1: −326,7");
    expect(describeTornado({ ...input, lang: "en" })).toContain("Revenue buoyancy (±0.1) (−0.1: −326.7");
    // A tornado without the buoyancy keeps the one-point words.
    expect(tornadoTable(tornado("grdp-per-capita-2025")).columns[2]).toBe("Thay đổi khi −1 điểm %");
  });

  it("draws one pair of bars an input around the zero line, −1 left of it and +1 right", () => {
    const svg = renderTornadoSvg(tornado("grdp-per-capita-2025", "vi", hand));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg.match(/class="tornado__row"/g)).toHaveLength(2);
    const zero = Number(/class="tornado__zero" x1="([\d.]+)"/.exec(svg)![1]);
    const down = /tornado__bar--down"><rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg)!;
    expect(Number(down[1]) + Number(down[2])).toBeCloseTo(zero, 1);
    expect(svg).toContain(">−2,62 triệu đồng/người</text>");
    expect(svg).toContain(">+2,87 triệu đồng/người</text>");
    // Title, region and scenario, legend, and the target's source cited by number.
    expect(svg).toContain(">Độ nhạy: GRDP bình quân đầu người 145 triệu đồng năm 2025</text>");
    expect(svg).toContain(">Thị xã Sa Pa, Lào Cai · Kịch bản: Kế hoạch</text>");
    expect(svg).toContain(">đầu vào −1 điểm %</text>");
    expect(svg).toMatch(/class="chart__source"[^>]*>Nguồn: \[1\] Bí thư/);
    expect(svg).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it("says the same in its alt text and exports a table for Excel", () => {
    expect(describeTornado(tornado("grdp-per-capita-2025", "vi", hand))).toBe(
      "GRDP bình quân đầu người 145 triệu đồng năm 2025: Kế hoạch dự báo 157,2 triệu đồng/người. " +
        "Nhạy nhất với Tăng trưởng GRDP (−1 điểm %: −2,62 triệu đồng/người; +1 điểm %: +2,87 triệu đồng/người), " +
        "rồi đến Tăng dân số (−1 điểm %: +2,9 triệu đồng/người; +1 điểm %: −2,85 triệu đồng/người).",
    );
    const lines = tornadoCsvExcelVi(tornado("grdp-per-capita-2025", "vi", hand)).slice(1).split("\r\n");
    expect(lines[3]).toBe("Hạng;Đầu vào;Thay đổi khi −1 điểm %;Thay đổi khi +1 điểm %;Đơn vị");
    expect(lines[4]).toBe("1;Tăng trưởng GRDP;-2,62;2,87;triệu đồng/người");
  });

  it("gives rate targets their changes in percentage points", () => {
    // Term average 2021–2025 of five rates: +1 point in every free year moves the geometric mean by about +1 point.
    const { rows } = tornadoTable(tornado("grdp-growth-term-average", "en"));
    const growth = rows.find((r) => r[1] === "GRDP growth")!;
    expect(growth[3]).toBeCloseTo(1, 0);
    expect(growth[4]).toBe("pp");
    expect(tornadoSvgMarkup(tornado("grdp-growth-term-average", "en"))).toMatch(/^<svg/);
  });

  it("keeps every bar and its value label inside the chart, whatever the changes", () => {
    const change = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(change, change), { minLength: 1, maxLength: 8 }), fc.integer({ min: 320, max: 1200 }), (pairs, width) => {
        const ids = ["grdpGrowth", "deflator", "populationGrowth", "investment", "touristVisits", "tourismRevenue", "budgetRevenue", "grdp"];
        const bars = pairs.map(([down, up], i) => ({ input: ids[i]!, step: 0.01, down, up }));
        const svg = renderTornadoSvg({ ...tornado("grdp-per-capita-2025", "vi", { ...hand, bars }), width });
        const rects = [...svg.matchAll(/tornado__bar--\w+"><rect x="([\d.-]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[1]) + Number(m[2])]);
        return rects.length === 2 * bars.length && rects.every(([x0, x1]) => x0! >= 0 && x1! <= width);
      }),
      { numRuns: 100 },
    );
  });
});
