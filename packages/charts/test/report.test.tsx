import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadRegion, regionScenarios, simulate, type Region, type Scenario } from "@lotrinh/core";
import { simulateRisk, type RiskReport } from "@lotrinh/core/risk";
import { planOutcomeRows, planOutcomeTable, renderReportHtml, scorecard, scorecardTable, tableCsvExcelVi, type ReportScenario } from "../src/index.js";

function reportScenario(region: Region, scenario: Scenario, key: string, risk?: RiskReport): ReportScenario {
  const sim = simulate(region, scenario);
  if (!sim.ok) throw new Error(sim.error);
  return { key, name: scenario.name, illustrative: false, scenario, simulation: sim.value, ...(risk ? { risk } : {}) };
}

/** A risk run with the given probabilities by target id (the rest without data). */
function handRisk(probabilities: Record<string, number>): RiskReport {
  const targets = Object.entries(probabilities).map(([id, probability]) => ({ id, probability, verdict: "met" as const, quantiles: new Float64Array(5).fill(NaN) }));
  return {
    risk: { years: [], settings: { inputs: {}, revenueBuoyancy: 0, persistence: 0.5, growthDeflatorCorrelation: 0, seed: 1, paths: 1000 }, targets, fans: [], running: [] },
    sensitivity: [],
  };
}

const laoCai = loadRegion("lao-cai");
const [plan, high] = regionScenarios(laoCai);

describe("leadership scorecard", () => {
  // Lào Cai, Tăng trưởng cao: five priority targets with data. 2023 growth 11 % is met on an assumption read
  // from that target (circular); term average, per capita, revenue and investment are exceeded on the projection.
  const probabilities = { "grdp-growth-2023": 0.61, "grdp-growth-term-average": 0.23, "grdp-per-capita-2025": 0.71, "budget-revenue-2025": 0.55, "investment-term-sum": 0.9 };
  const planP = { "grdp-growth-2023": 0.6, "grdp-growth-term-average": 0.43, "grdp-per-capita-2025": 0.41, "budget-revenue-2025": 0.05, "investment-term-sum": 0.88 };
  const card = scorecard([reportScenario(laoCai, plan!, "a", handRisk(planP)), reportScenario(laoCai, high!, "b", handRisk(probabilities))], "vi");

  it("heads each scenario with a sentence that counts circular verdicts apart and names the weakest probability", () => {
    expect(card.headlines[1]).toBe(
      "Kịch bản Tăng trưởng cao: 4/5 chỉ tiêu trọng tâm đạt, 1 đạt theo giả định lấy từ chính chỉ tiêu (xác suất 61 %), nhưng xác suất đạt tăng trưởng cả nhiệm kỳ trên 10%/năm chỉ 23 %.",
    );
  });

  it("exports as a table for Excel, probabilities in whole percent", () => {
    const scenarios = [reportScenario(laoCai, plan!, "a", handRisk(planP)), reportScenario(laoCai, high!, "b", handRisk(probabilities))];
    const csv = tableCsvExcelVi(scorecardTable(card, scenarios, "vi"), "vi").slice(1).split("\r\n");
    expect(csv[0]).toBe("Tóm tắt cho lãnh đạo: chỉ tiêu trọng tâm");
    expect(csv[3]).toBe("Chỉ tiêu;Kế hoạch: Đánh giá;Kế hoạch: Xác suất đạt (%);Kế hoạch: Chênh lệch;Tăng trưởng cao: Đánh giá;Tăng trưởng cao: Xác suất đạt (%);Tăng trưởng cao: Chênh lệch");
    // The first row is revenue 2025: 5 % under the plan, 55 % under high growth.
    expect(csv[4]).toMatch(/^Thu ngân sách 15\.500 tỷ đồng năm 2025;không đạt \(theo dự báo\);5;[^;]+;vượt \(theo dự báo\);55;/);
  });

  it("gives the circular verdicts' probabilities as a range when they differ", () => {
    // Sa Pa's plan reads several targets from themselves: two of them at 49 % and 52 % here.
    const saPa = loadRegion("sa-pa");
    const sim = simulate(saPa, regionScenarios(saPa)[0]!);
    if (!sim.ok) throw new Error(sim.error);
    const circular = sim.value.evaluations.filter((e) => e.target.priority && e.target.active && e.basis === "circular" && e.met).map((e) => e.target.id);
    expect(circular.length).toBeGreaterThanOrEqual(2);
    const p = Object.fromEntries(circular.map((id, i) => [id, i === 0 ? 0.49 : 0.52]));
    const card = scorecard([reportScenario(saPa, regionScenarios(saPa)[0]!, "a", handRisk(p))], "vi");
    expect(card.headlines[0]).toContain(`${circular.length} đạt theo giả định lấy từ chính chỉ tiêu (xác suất 49–52 %)`);
    const en = scorecard([reportScenario(saPa, regionScenarios(saPa)[0]!, "a", handRisk(p))], "en");
    expect(en.headlines[0]).toMatch(/met by an assumption taken from the target itself \(probability 49–52 ?%\)/);
  });

  it("names the weakest plain verdict, not a circular one that sits near 50 % by construction", () => {
    const p = { ...probabilities, "grdp-growth-2023": 0.5, "grdp-growth-term-average": 0.8 };
    const one = scorecard([reportScenario(laoCai, high!, "b", handRisk(p))], "vi");
    // Plain met targets: term average 80 %, per capita 71 %, revenue 55 %, investment 90 %: the lowest is revenue.
    expect(one.headlines[0]).toBe(
      "Kịch bản Tăng trưởng cao: 4/5 chỉ tiêu trọng tâm đạt, 1 đạt theo giả định lấy từ chính chỉ tiêu (xác suất 50 %); trong các chỉ tiêu đạt, xác suất thấp nhất là 55 % (thu ngân sách 15.500 tỷ đồng năm 2025).",
    );
    // One scenario: the least likely first.
    expect(one.rows.map((r) => r.id)).toEqual(["grdp-growth-2023", "budget-revenue-2025", "grdp-per-capita-2025", "grdp-growth-term-average", "investment-term-sum"]);
  });

  it("sorts the rows by the difference in probability between the scenarios", () => {
    // Spreads: revenue 0.55 − 0.05 = 0.50; per capita 0.71 − 0.41 = 0.30; term average 0.20; investment 0.02; 2023 growth 0.01.
    expect(card.rows.map((r) => r.id)).toEqual(["budget-revenue-2025", "grdp-per-capita-2025", "grdp-growth-term-average", "investment-term-sum", "grdp-growth-2023"]);
    expect(card.rows[0]!.spread).toBeCloseTo(0.5, 12);
    // Five social priority targets have no figure in any scenario: counted, not shown.
    expect(card.noData).toBe(5);
  });

  it("always orders rows by non-increasing spread of probability, whatever the probabilities", () => {
    const ids = Object.keys(probabilities);
    const run = fc.tuple(...ids.map(() => fc.double({ min: 0, max: 1, noNaN: true })));
    fc.assert(
      fc.property(run, run, (a, b) => {
        const pa = Object.fromEntries(ids.map((id, i) => [id, a[i]!]));
        const pb = Object.fromEntries(ids.map((id, i) => [id, b[i]!]));
        const c = scorecard([reportScenario(laoCai, plan!, "a", handRisk(pa)), reportScenario(laoCai, high!, "b", handRisk(pb))], "vi");
        const spreads = c.rows.map((r) => r.spread!);
        return c.rows.length === 5 && spreads.every((s, i) => i === 0 || s <= spreads[i - 1]!) && c.rows.every((r) => Math.abs(r.spread! - Math.abs(pa[r.id]! - pb[r.id]!)) < 1e-12);
      }),
      { numRuns: 50 },
    );
  });

  it("gives every verdict its basis, the probability and the gap", () => {
    const growth2023 = card.rows.find((r) => r.id === "grdp-growth-2023")!.cells[1]!;
    expect(growth2023).toMatchObject({ verdictText: "đạt", basisText: "theo giả định lấy từ chính chỉ tiêu", probabilityText: "61 %" });
    const revenue = card.rows[0]!.cells[1]!;
    expect(revenue.basisText).toBe("theo dự báo");
    expect(revenue.gap).toMatch(/^\+[\d.,]+ tỷ đồng$/);
  });
});

describe("scorecard of a region without priority marks", () => {
  it("sums Lai Châu up by its economic targets", () => {
    const laiChau = loadRegion("lai-chau");
    const card = scorecard([reportScenario(laiChau, regionScenarios(laiChau)[0]!, "a")], "vi");
    expect(card.selection).toBe("economic");
    expect(card.rows.length).toBeGreaterThan(3);
    expect(card.headlines[0]).toMatch(/^Kịch bản [^:]+: \d+\/\d+ chỉ tiêu kinh tế đạt/);
  });
});

describe("plan and outcome", () => {
  it("states an outcome against the plan figure of its year: 106 against 103 is 102,9 % of plan", () => {
    // Lào Cai per capita: the 2023 plan figure 103; an actual of 106 in 2023: +3, 106 / 103 = 102,91 %.
    const withActual: Scenario = { ...plan!, actuals: { grdpPerCapita: { "2023": 106 } } };
    const rows = planOutcomeRows([reportScenario(laoCai, withActual, "a")], "vi");
    expect(rows).toContainEqual({
      scenarios: "Kế hoạch",
      indicator: "GRDP bình quân đầu người",
      years: "2023",
      kind: "planFigure",
      plan: "103 triệu đồng/người",
      outcome: "106 triệu đồng/người",
      status: "actual",
      difference: "+3 triệu đồng/người",
      share: "đạt 102,9 % kế hoạch",
    });
  });

  it("exports the plan and outcome table", () => {
    const withActual: Scenario = { ...plan!, actuals: { grdpPerCapita: { "2023": 106 } } };
    const scenarios = [reportScenario(laoCai, withActual, "a")];
    const t = planOutcomeTable(planOutcomeRows(scenarios, "vi"), scenarios, "vi");
    expect(t.subtitle).toBe("Tỉnh Lào Cai");
    expect(t.rows).toContainEqual(["GRDP bình quân đầu người (số kế hoạch)", "2023", "103 triệu đồng/người", "106 triệu đồng/người", "thực hiện", "+3 triệu đồng/người", "đạt 102,9 % kế hoạch", "Kế hoạch"]);
  });

  it("states a target met by outcomes, and shares a row between scenarios with the same outcome", () => {
    // Lai Châu 2024 growth "khoảng 9 %": an estimate of 9.5 % is +0,5 điểm %, 9.5 / 9 = 105,6 % of plan.
    const laiChau = loadRegion("lai-chau");
    const [a, b] = regionScenarios(laiChau);
    const actuals = { grdpGrowth: { "2024": { value: 0.095, status: "estimate" as const } } };
    const rows = planOutcomeRows([reportScenario(laiChau, { ...a!, actuals }, "a"), reportScenario(laiChau, { ...b!, actuals }, "b")], "vi");
    const target = rows.find((r) => r.kind === "target" && r.years === "2024" && r.plan === "9 %");
    expect(target).toMatchObject({ outcome: "9,5 %", status: "estimate", difference: "+0,5 điểm %", share: "đạt 105,6 % kế hoạch" });
    expect(target!.scenarios).toBe(`${a!.name}, ${b!.name}`);
  });
});

describe("report document", () => {
  const saPa = loadRegion("sa-pa");
  const scenarios = regionScenarios(saPa).map((s, i) => {
    const risk = simulateRisk(saPa, s, { paths: 2000, seed: 3 });
    if (!risk.ok) throw new Error(risk.error);
    return reportScenario(saPa, s, `s${i}`, risk.value);
  });

  it("opens with the scorecard, then has the likelihood section with fans and a tornado", () => {
    const html = renderReportHtml({ region: saPa, scenarios, lang: "vi", date: new Date("2026-11-22T12:00:00+07:00") });
    const first = html.indexOf('class="report-first-page"');
    expect(first).toBeGreaterThan(0);
    expect(html.indexOf("Tóm tắt cho lãnh đạo")).toBeGreaterThan(first);
    expect(html.indexOf("Tóm tắt cho lãnh đạo")).toBeLessThan(html.indexOf("Giả định của các kịch bản"));
    expect(html).toContain("<h2>Khả năng đạt chỉ tiêu</h2>");
    expect(html.match(/class="report-chart report-fan"/g)).toHaveLength(3);
    expect(html).toMatch(/class="lotrinh-tornado"[^>]*data-target="grdp-growth-term-average"/);
    expect(html).toContain("Ghi chú về các giả định");
    // Sources are numbered; no internal document id anywhere in the report.
    expect(html).toContain("[1] Bí thư Thị uỷ Sa Pa phát biểu");
    expect(html).not.toMatch(/\d{3}_[0-9a-f]{16}/);
  });

  it("renders without risk runs, and strips XML-invalid characters from names", () => {
    const plain = scenarios.map(({ risk: _risk, ...s }) => s);
    plain[0] = { ...plain[0]!, name: "Kế\u0001 hoạch\u001b\uFFFF\u0000" };
    const html = renderReportHtml({ region: saPa, scenarios: plain, lang: "vi", date: new Date("2026-11-22T12:00:00+07:00") });
    expect(html).not.toContain("Khả năng đạt chỉ tiêu");
    expect(html).toContain("Chưa có kết quả mô phỏng rủi ro");
    expect(html).toContain("Kế hoạch");
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it("has the plan-consistency checks: Sa Pa's 118 → 145 per capita implies a deflator of −2,02 %", () => {
    // π = (145/118)^(1/2) × 1.012/1.145 − 1 = 1.10852 × 0.88384 − 1 = −2.02 %: implausible.
    const html = renderReportHtml({ region: saPa, scenarios, lang: "vi", date: new Date("2026-11-22T12:00:00+07:00") });
    const checks = html.slice(html.indexOf("<h2>Kiểm tra tính nhất quán của kế hoạch</h2>"));
    expect(checks.length).toBeLessThan(html.length);
    expect(checks).toMatch(/<td class="num">[−-]2,02 %/);
    expect(checks).toContain("không hợp lý");
  });

  it("gives every verdict of the targets table its basis", () => {
    const html = renderReportHtml({ region: saPa, scenarios, lang: "vi", date: new Date("2026-11-22T12:00:00+07:00") });
    const table = html.slice(html.indexOf("<h2>Chỉ tiêu theo kịch bản</h2>"), html.indexOf("<h2>Kiểm tra tính nhất quán"));
    // The term average rests on growth assumptions read from it (circular); per capita 2025 on the projection.
    const row = (id: string) => table.slice(table.indexOf(id));
    expect(table).toContain('<span class="basis"> · theo giả định lấy từ chính chỉ tiêu</span>');
    expect(table).toContain('<span class="basis"> · theo dự báo</span>');
    expect(row("GRDP bình quân đầu người 145")).toMatch(/^[^]*?vượt<\/span><span class="basis"> · theo dự báo/);
  });

  it("writes the notes on assumptions in Vietnamese", () => {
    const html = renderReportHtml({ region: saPa, scenarios, lang: "vi", date: new Date("2026-11-22T12:00:00+07:00") });
    const notes = html.slice(html.indexOf("Ghi chú về các giả định"));
    expect(notes).not.toMatch(/\b(the|is read|No reported figure)\b/);
  });
});
