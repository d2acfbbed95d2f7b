import { formatNumber, formatPercent, formatValue, planChecks, STATUS_LABELS, type CheckFigure, type Lang, type PlanCheck } from "@lotrinh/core";
import type { ReportScenario } from "./types.js";
import { reportWord } from "./words.js";

const VERDICTS = {
  plausible: { vi: "hợp lý", en: "plausible" },
  implausible: { vi: "không hợp lý", en: "implausible" },
  missingData: { vi: "thiếu số liệu", en: "missing data" },
} as const;

function implied(c: PlanCheck, lang: Lang): string {
  if (!Number.isFinite(c.implied)) return "–";
  return c.unit === "rate" ? formatPercent(c.implied, lang) : formatNumber(c.implied, lang, 3);
}

function range(c: PlanCheck, lang: Lang): string {
  const f = (v: number) => (c.unit === "rate" ? formatPercent(v, lang) : formatNumber(v, lang, 2));
  return `${f(c.plausible.min)} – ${f(c.plausible.max)}`;
}

/** "GRDP/người 2023: 118 triệu đồng/người (kế hoạch [1])". */
function figureText(f: CheckFigure, lang: Lang, order: readonly string[]): string {
  const value = f.unit === "ratio" ? formatNumber(f.value, lang, 3) : formatValue(f.value, f.unit, lang);
  const at = f.source ? order.indexOf(f.source) : -1;
  const cite = at >= 0 ? ` [${at + 1}]` : f.source === "scenario" ? (lang === "vi" ? ", kịch bản" : ", scenario") : "";
  return `${f.label[lang]}: ${value} (${STATUS_LABELS[f.status][lang]}${cite})`;
}

/**
 * "Kiểm tra tính nhất quán của kế hoạch": what the plan's own figures imply (core `planChecks`)
 * on the first scenario, each with its formula, the figures and their sources, the implied value
 * against a plausible range; the other scenarios' implied values beside it where they differ.
 */
export function ChecksSection({ scenarios, lang, sourceOrder }: { scenarios: readonly ReportScenario[]; lang: Lang; sourceOrder: readonly string[] }) {
  const w = (k: Parameters<typeof reportWord>[0]) => reportWord(k, lang);
  const all = scenarios.map((s) => planChecks(s.simulation.projection));
  const checks = all[0] ?? [];
  if (!checks.length) return null;
  return (
    <section className="report-section report-checks">
      <h2>{w("checks")}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{w("check")}</th>
            <th scope="col">{w("figures")}</th>
            <th scope="col" className="num">{w("implied")}</th>
            <th scope="col" className="num">{w("plausibleRange")}</th>
            <th scope="col">{w("finding")}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => {
            const others = scenarios.slice(1).flatMap((s, k) => {
              const o = all[k + 1]!.find((x) => x.key === c.key);
              return o && implied(o, lang) !== implied(c, lang) ? [`${s.name}: ${implied(o, lang)}`] : [];
            });
            return (
              <tr key={c.key} className={`check-${c.verdict}`}>
                <th scope="row">
                  {c.title[lang]}
                  <br />
                  <span className="formula">{c.formula[lang]}</span>
                </th>
                <td>
                  {c.figures.map((f, i) => (
                    <div key={i}>{figureText(f, lang, sourceOrder)}</div>
                  ))}
                  {c.missing.map((m, i) => (
                    <div key={`m${i}`} className="difference">{w("missing")}: {m[lang]}</div>
                  ))}
                </td>
                <td className="num">
                  {implied(c, lang)}
                  {others.length ? <div className="difference">{others.join("; ")}</div> : null}
                </td>
                <td className="num">{range(c, lang)}</td>
                <td>
                  <strong className={`check-verdict check-verdict-${c.verdict}`}>{VERDICTS[c.verdict][lang]}</strong> — {c.text[lang]}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
