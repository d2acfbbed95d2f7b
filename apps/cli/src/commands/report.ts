import { regionScenarios, simulate, type Scenario } from "@lotrinh/core";
import { renderReportHtml, type ReportScenario } from "@lotrinh/charts";
import { listFlag, stringFlag } from "../args.js";
import type { Command } from "../command.js";
import { REGION_FLAG } from "../common-flags.js";
import { InputError } from "../errors.js";
import { checkOutPath, writeOut } from "../output-file.js";
import { regionFromFlag, simulateFromFlags } from "../simulation.js";
import { RISK_FLAGS, riskOf } from "./render.js";

const MAX_SCENARIOS = 4;

function reportDate(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : new Date(NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new InputError({ vi: `--date: '${value}' không phải một ngày (YYYY-MM-DD)`, en: `--date: '${value}' is not a date (YYYY-MM-DD)` });
  return date;
}

export const command: Command = {
  synopsis: "report --region R [--scenario FILE ...] --out FILE.html [--date YYYY-MM-DD] [--paths N] [--seed S]",
  flags: {
    region: REGION_FLAG,
    scenario: {
      kind: "list",
      valueName: "FILE",
      help: {
        vi: `tệp kịch bản; nhắc lại để so sánh (tối đa ${MAX_SCENARIOS}); mặc định: ba kịch bản có sẵn`,
        en: `scenario file; repeat to compare (up to ${MAX_SCENARIOS}); default: the three shipped scenarios`,
      },
    },
    out: { kind: "string", required: true, valueName: "FILE", help: { vi: "tệp HTML ghi ra (in ra A4)", en: "HTML file to write (prints to A4)" } },
    date: { kind: "string", valueName: "YYYY-MM-DD", help: { vi: "ngày lập báo cáo (mặc định hôm nay)", en: "the report's date (default today)" } },
    ...RISK_FLAGS,
  },
  async run({ flags, lang }) {
    const outFlag = stringFlag(flags, "out")!;
    const out = checkOutPath(outFlag, [".html", ".htm"]);
    const date = reportDate(stringFlag(flags, "date"));
    const files = listFlag(flags, "scenario");
    if (files.length > MAX_SCENARIOS)
      throw new InputError({
        vi: `--scenario: một báo cáo chứa tối đa ${MAX_SCENARIOS} kịch bản (có ${files.length})`,
        en: `--scenario: at most ${MAX_SCENARIOS} scenarios fit a report (got ${files.length})`,
      });
    const paths = stringFlag(flags, "paths");
    const seed = stringFlag(flags, "seed");
    const regionId = stringFlag(flags, "region")!;
    const scenarios: ReportScenario[] = [];
    if (files.length === 0) {
      const region = regionFromFlag(regionId);
      regionScenarios(region).forEach((scenario: Scenario, i) => {
        const simulation = simulate(region, scenario);
        if (!simulation.ok) throw new InputError(`seeds/${region.id}.json: scenarios.${i}: ${simulation.error}`);
        scenarios.push({ key: `s${i}`, name: name(scenario, lang), illustrative: scenario.illustrative ?? false, scenario, simulation: simulation.value });
      });
    }
    for (const [i, file] of files.entries()) {
      const run = await simulateFromFlags(regionId, file);
      scenarios.push({ key: `s${i}`, name: name(run.scenario!, lang), illustrative: run.scenario!.illustrative ?? false, scenario: run.scenario!, simulation: run.simulation });
    }
    // "Khả năng đạt chỉ tiêu" and the scorecard's probabilities: one seeded Monte Carlo run a scenario.
    const region0 = regionFromFlag(regionId);
    for (const s of scenarios)
      s.risk = await riskOf({ region: region0, scenario: s.scenario, scenarioFile: undefined, simulation: s.simulation }, paths, seed);
    const region = regionFromFlag(regionId);
    const { inlineFontCss } = await import("../render/font-css.js");
    writeOut(out, renderReportHtml({ region, scenarios, lang, date }, inlineFontCss()), outFlag);
    return `${outFlag}: ${lang === "vi" ? "báo cáo" : "report"} ${region.name[lang]}, ${scenarios.length} ${lang === "vi" ? "kịch bản" : "scenarios"}\n`;
  },
};

function name(s: Scenario, lang: "vi" | "en"): string {
  return lang === "en" && s.nameEn ? s.nameEn : s.name;
}
