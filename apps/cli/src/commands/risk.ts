import { formatNumber, formatPercent, type Lang, type LocalizedText, type TargetEvaluation } from "@lotrinh/core";
import { BUOYANCY_INPUT, BUOYANCY_NAME, FAN_QUANTILES, RiskRun, sensitivity, TARGET_QUANTILES, type RiskResult, type TargetSensitivity } from "@lotrinh/core/risk";
import { stringFlag, type FlagSpec, type ParsedFlags } from "../args.js";
import { gapCell, numberCell, yearsCell } from "../cells.js";
import type { Command } from "../command.js";
import { JSON_FLAG, REGION_FLAG, SCENARIO_FLAG } from "../common-flags.js";
import { InputError } from "../errors.js";
import { headline, indicatorLabel, verdictText } from "../headline.js";
import { finite, regionRecord, scenarioRecord, toJson } from "../records.js";
import { simulateFromFlags, type SimulationRun } from "../simulation.js";
import { renderTable } from "../table.js";
import { targetUnit, unitText } from "../units.js";

/** Paths when --paths is not given: probabilities within about ±0.003 (95 %). */
const CLI_PATHS = 100_000;
const MAX_PATHS = 10_000_000;

const W = {
  vi: {
    title: "khả năng đạt mục tiêu",
    probability: "Xác suất đạt",
    range: "Khoảng 5–95 %",
    median: "Trung vị",
    verdict: "Kết quả (kịch bản)",
    code: "Mã",
    indicator: "Chỉ tiêu",
    year: "Năm",
    target: "Mục tiêu",
    unit: "Đơn vị",
    input: "Đầu vào",
    down: "Khi giảm 1 điểm %",
    up: "Khi tăng 1 điểm %",
    tornado:
      "Độ nhạy của các mục tiêu trọng tâm: thay đổi của giá trị dự báo khi một đầu vào giảm hoặc tăng 1 điểm % ở mọi năm chưa có số thực hiện (hệ số đàn hồi thu ngân sách: giảm hoặc tăng 0,1)",
    noTornado: "Không mục tiêu trọng tâm nào phụ thuộc vào các tốc độ đầu vào.",
    settings: (paths: string, seed: number, rho: string, corr: string) =>
      `Mô phỏng Monte Carlo: ${paths} đường · hạt giống ${seed} · tính bền của cú sốc ρ = ${rho} · tương quan tăng trưởng – giảm phát ${corr}`,
    sigmas: "Độ lệch chuẩn σ mỗi năm",
    noSigma: "không đầu vào nào bất định (mọi σ = 0): xác suất chỉ là 0 hoặc 100 %",
    buoyancy: "hệ số thu ngân sách",
    skew: "độ lệch",
    means:
      "Xác suất đạt = tỷ lệ các đường mô phỏng có kết quả đạt hoặc vượt. Số thực hiện và ước thực hiện là chắc chắn; chỉ các tốc độ còn lại được rút ngẫu nhiên.",
  },
  en: {
    title: "chance of meeting the targets",
    probability: "Probability",
    range: "5–95 % range",
    median: "Median",
    verdict: "Verdict (scenario)",
    code: "Code",
    indicator: "Indicator",
    year: "Year",
    target: "Target",
    unit: "Unit",
    input: "Input",
    down: "At −1 pp",
    up: "At +1 pp",
    tornado:
      "Sensitivity of the priority targets: change of the projected value when one input moves 1 point down or up in every year without an actual (the revenue buoyancy: 0.1 down or up)",
    noTornado: "No priority target depends on the rate inputs.",
    settings: (paths: string, seed: number, rho: string, corr: string) =>
      `Monte Carlo: ${paths} paths · seed ${seed} · shock persistence ρ = ${rho} · growth–deflator correlation ${corr}`,
    sigmas: "Standard deviation σ per year",
    noSigma: "no input is uncertain (every σ = 0): probabilities are 0 or 100 % only",
    buoyancy: "revenue buoyancy",
    skew: "skew",
    means: "Probability = share of simulated paths whose verdict is met or exceeded. Actuals and estimates are certain; only the other rates are drawn.",
  },
} satisfies Record<Lang, unknown>;

const PATHS_FLAG: FlagSpec = {
  kind: "string",
  valueName: "N",
  help: { vi: `số đường mô phỏng (mặc định ${CLI_PATHS.toLocaleString("vi-VN")})`, en: `number of simulated paths (default ${CLI_PATHS.toLocaleString("en-US")})` },
};
const SEED_FLAG: FlagSpec = {
  kind: "string",
  valueName: "S",
  help: { vi: "hạt giống ngẫu nhiên, số nguyên 0–4294967295 (mặc định: params.seed của kịch bản)", en: "random seed, a whole number 0–4294967295 (default: the scenario's params.seed)" },
};

function wholeNumber(flag: string, text: string | undefined, min: number, max: number, what: LocalizedText): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max))
    throw new InputError({ vi: `--${flag}: '${text}' không hợp lệ: ${what.vi}`, en: `--${flag}: '${text}' is not valid: ${what.en}` });
  return value;
}

/** "62 %"; a probability that rounds to 0 or 100 % without being certain reads "< 1 %" or "> 99 %". */
function probabilityText(p: number | null, lang: Lang): string {
  if (p === null) return "–";
  if (p > 0 && p < 0.005) return `< ${formatPercent(0.01, lang, 0)}`;
  if (p < 1 && p > 0.995) return `> ${formatPercent(0.99, lang, 0)}`;
  return formatPercent(p, lang, 0);
}

interface RiskRunOutput {
  run: SimulationRun;
  risk: RiskResult;
  tornado: TargetSensitivity[];
}

function riskTable({ run, risk, tornado }: RiskRunOutput, lang: Lang): string {
  const w = W[lang];
  const { projection, evaluations } = run.simulation;
  const base = run.region.term.base;
  const shown = evaluations.map((e, k) => [e, k] as const).filter(([e]) => e.target.active);
  const rows = shown.map(([e, k]) => {
    const t = e.target;
    const unit = targetUnit(t, projection);
    const r = risk.targets[k]!;
    const q = r.quantiles;
    const known = r.probability !== null;
    return [
      t.id,
      indicatorLabel(projection, t.indicator, lang),
      yearsCell(t),
      numberCell(t.value, unit, lang),
      unitText(unit, lang, base),
      verdictText(e, lang),
      probabilityText(r.probability, lang),
      known ? `${numberCell(q[0]!, unit, lang)} – ${numberCell(q[4]!, unit, lang)}` : "–",
      known ? numberCell(q[2]!, unit, lang) : "–",
    ];
  });
  const table = renderTable(
    [
      { header: w.code },
      { header: w.indicator },
      { header: w.year, align: "right" },
      { header: w.target, align: "right" },
      { header: w.unit },
      { header: w.verdict },
      { header: w.probability, align: "right" },
      { header: w.range, align: "right" },
      { header: w.median, align: "right" },
    ],
    rows,
  );
  return [headline(run, w.title, lang), settingsLines(risk, run, lang), "", table, w.means, "", tornadoText(run, evaluations, tornado, lang)].join("\n");
}

function settingsLines(risk: RiskResult, run: SimulationRun, lang: Lang): string {
  const w = W[lang];
  const s = risk.settings;
  const names = Object.entries(s.inputs).map(
    ([id, { sigma, skew }]) =>
      `${indicatorLabel(run.simulation.projection, id, lang)} ${formatNumber(sigma * 100, lang, 2)} ${lang === "vi" ? "điểm %" : "pp"}${skew ? ` (${w.skew} γ = ${formatNumber(skew, lang, 2)})` : ""}`,
  );
  if (s.revenueBuoyancy > 0) names.push(`${w.buoyancy} ${formatNumber(s.revenueBuoyancy, lang, 2)}`);
  return [
    w.settings(formatNumber(s.paths, lang, 0), s.seed, formatNumber(s.persistence, lang, 2), formatNumber(s.growthDeflatorCorrelation, lang, 2)),
    `${w.sigmas}: ${names.length > 0 ? names.join(" · ") : w.noSigma}`,
  ].join("\n");
}

function tornadoText(run: SimulationRun, evaluations: readonly TargetEvaluation[], tornado: TargetSensitivity[], lang: Lang): string {
  const w = W[lang];
  const { projection } = run.simulation;
  const rows: string[][] = [];
  evaluations.forEach((e, k) => {
    const t = e.target;
    if (!t.priority || !t.active) return;
    const unit = targetUnit(t, projection);
    for (const bar of tornado[k]!.bars)
      rows.push([t.id, bar.input === BUOYANCY_INPUT ? BUOYANCY_NAME[lang] : indicatorLabel(projection, bar.input, lang), gapCell(bar.down, unit, lang), gapCell(bar.up, unit, lang)]);
  });
  if (rows.length === 0) return `${w.tornado}:\n${w.noTornado}\n`;
  const table = renderTable(
    [{ header: w.code }, { header: w.input }, { header: w.down, align: "right" }, { header: w.up, align: "right" }],
    rows,
  );
  return `${w.tornado}:\n\n${table}`;
}

function quantileRecord(levels: readonly number[], values: Float64Array, offset = 0) {
  return Object.fromEntries(levels.map((q, k) => [`p${Math.round(q * 100)}`, finite(values[offset + k]!)]));
}

function riskJson({ run, risk, tornado }: RiskRunOutput) {
  const { evaluations } = run.simulation;
  const s = risk.settings;
  return {
    region: regionRecord(run.region),
    scenario: scenarioRecord(run),
    term: run.region.term,
    paths: s.paths,
    seed: s.seed,
    persistence: s.persistence,
    growthDeflatorCorrelation: s.growthDeflatorCorrelation,
    /** σ (and skew γ) per uncertain rate input, fractions; inputs left out are certain. */
    sigma: s.inputs,
    revenueBuoyancySigma: s.revenueBuoyancy,
    /** Share of paths whose verdict is met or exceeded, per target id; null without data. */
    probability: Object.fromEntries(risk.targets.map((t) => [t.id, t.probability])),
    targets: risk.targets.map((r, k) => {
      const t = evaluations[k]!.target;
      return {
        id: t.id,
        indicator: t.indicator,
        kind: t.kind,
        comparator: t.comparator,
        value: t.value,
        year: t.year,
        fromYear: t.fromYear ?? null,
        priority: t.priority,
        active: t.active,
        verdict: r.verdict,
        probability: r.probability,
        quantiles: quantileRecord(TARGET_QUANTILES, r.quantiles),
        sensitivity: tornado[k]!.bars,
      };
    }),
    /** Per indicator and year: the 5, 20, 35, 50, 65, 80 and 95 % quantiles (30/60/90 % fan bands). */
    fans: Object.fromEntries(
      risk.fans.map((f) => [
        f.id,
        Object.fromEntries(risk.years.map((y, i) => [String(y), quantileRecord(FAN_QUANTILES, f.quantiles, i * FAN_QUANTILES.length)])),
      ]),
    ),
    /**
     * The running sums and average growths the targets measure, year by year from their first year
     * (the fans of the cumulative and average-growth chart views).
     */
    runningFans: risk.running.map((f) => ({
      indicator: f.id,
      kind: f.kind,
      fromYear: f.from,
      quantiles: Object.fromEntries(
        risk.years.flatMap((y, i) => (y < f.from ? [] : [[String(y), quantileRecord(FAN_QUANTILES, f.quantiles, i * FAN_QUANTILES.length)]])),
      ),
    })),
  };
}

async function simulateRisk(f: ParsedFlags): Promise<RiskRunOutput> {
  const paths = wholeNumber("paths", stringFlag(f, "paths"), 1, MAX_PATHS, {
    vi: `cần một số nguyên từ 1 đến ${MAX_PATHS.toLocaleString("vi-VN")}`,
    en: `give a whole number from 1 to ${MAX_PATHS.toLocaleString("en-US")}`,
  });
  const seed = wholeNumber("seed", stringFlag(f, "seed"), 0, 0xffffffff, {
    vi: "cần một số nguyên từ 0 đến 4294967295",
    en: "give a whole number from 0 to 4294967295",
  });
  const run = await simulateFromFlags(stringFlag(f, "region")!, stringFlag(f, "scenario"));
  const input = run.simulation.projection.input;
  const formulas = await scenarioFormulas(run);
  const engine = new RiskRun(input, run.simulation.targets, { paths: paths ?? CLI_PATHS, seed }, formulas);
  engine.step();
  return { run, risk: engine.result(), tornado: sensitivity(input, run.simulation.targets, formulas) };
}

/** The scenario's formulas, compiled again (they compiled once already for the projection): mathjs only when there are some. */
async function scenarioFormulas(run: SimulationRun) {
  const defs = run.scenario?.formulas;
  if (!defs || Object.keys(defs).length === 0) return [];
  const { compileFormulas } = await import("@lotrinh/core/formulas");
  const compiled = compileFormulas(defs, new Set(run.simulation.projection.input.indicators.map((d) => d.id)));
  return compiled.ok ? compiled.value : [];
}

export const command: Command = {
  synopsis: "risk --region R [--scenario FILE] [--paths N] [--seed S] [--json]",
  flags: { region: REGION_FLAG, scenario: SCENARIO_FLAG, paths: PATHS_FLAG, seed: SEED_FLAG, json: JSON_FLAG },
  async run({ flags, lang }) {
    const output = await simulateRisk(flags);
    return flags.json ? toJson(riskJson(output)) : riskTable(output, lang);
  },
};
