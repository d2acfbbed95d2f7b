import { formatGap, formatPercent, targetUnit, type Lang, type TargetEvaluation, type Verdict, type VerdictBasis } from "@lotrinh/core";
import { basisWord, verdictWord } from "../verdictText.js";
import type { ReportScenario } from "./types.js";

export interface ScorecardCell {
  verdict: Verdict;
  basis: VerdictBasis;
  /** "vượt", "đạt", "không đạt"… */
  verdictText: string;
  /** What the verdict rests on: "theo số thực hiện", "theo giả định lấy từ chính chỉ tiêu", "theo dự báo". */
  basisText: string;
  /** Share of Monte Carlo paths meeting the target; null without a risk run or data. */
  probability: number | null;
  probabilityText: string;
  /** Projected minus target: "+12,2 triệu đồng/người", "−0,5 điểm %". */
  gap: string;
}

export interface ScorecardRow {
  id: string;
  label: string;
  cells: ScorecardCell[];
  /** Largest minus smallest probability across the scenarios (0 for one scenario); null without probabilities. */
  spread: number | null;
}

export interface Scorecard {
  rows: ScorecardRow[];
  /** One sentence a scenario: "Kịch bản Tăng trưởng cao: 4/5 chỉ tiêu trọng tâm đạt, nhưng xác suất đạt … chỉ 23 %". */
  headlines: string[];
  /** Priority targets left out because no scenario has a figure to judge them by. */
  noData: number;
  /** The region's priority targets, or its economic targets where it marks none as priority. */
  selection: "priority" | "economic";
}

const met = (v: Verdict) => v === "met" || v === "exceeded";

function cellOf(e: TargetEvaluation, s: ReportScenario, lang: Lang): ScorecardCell {
  const p = s.risk?.risk.targets.find((r) => r.id === e.target.id)?.probability ?? null;
  const unit = targetUnit(e.target, s.simulation.projection.series[e.target.indicator]);
  return {
    verdict: e.verdict,
    basis: e.basis,
    verdictText: verdictWord(e.verdict, lang),
    basisText: basisWord(e.basis, lang),
    probability: p,
    probabilityText: p === null ? "–" : formatPercent(p, lang, 0),
    gap: Number.isFinite(e.gap) ? formatGap(e.gap, unit, lang) : "–",
  };
}

/** "Tăng trưởng cả nhiệm kỳ…" → "tăng trưởng cả nhiệm kỳ…" inside a sentence; "GRDP…" stays. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase("vi") + label.slice(1) : label;
}

const SELECTION_WORDS = {
  priority: { vi: "chỉ tiêu trọng tâm", en: "priority targets" },
  economic: { vi: "chỉ tiêu kinh tế", en: "economic targets" },
} as const;

/** The probabilities of the circular met verdicts: "50 %", or their range "49–52 %"; undefined without a run. */
function circularOdds(cells: readonly ScorecardCell[], lang: Lang): string | undefined {
  const ps = cells.filter((c) => met(c.verdict) && c.basis === "circular" && c.probability !== null).map((c) => c.probability!);
  if (ps.length === 0) return undefined;
  const low = formatPercent(Math.min(...ps), lang, 0);
  const high = formatPercent(Math.max(...ps), lang, 0);
  return low === high ? low : `${low.replace(/\s*%$/, "")}–${high}`;
}

function headline(s: ReportScenario, k: number, rows: ScorecardRow[], lang: Lang, selection: Scorecard["selection"]): string {
  const vi = lang === "vi";
  const cells = rows.map((r) => r.cells[k]!);
  const n = cells.length;
  const plain = cells.filter((c) => met(c.verdict) && c.basis !== "circular").length;
  const circular = cells.filter((c) => met(c.verdict) && c.basis === "circular").length;
  const what = SELECTION_WORDS[selection][lang];
  let text = vi ? `Kịch bản ${s.name}: ${plain}/${n} ${what} đạt` : `${s.name}: ${plain}/${n} ${what} met`;
  if (circular) {
    text += vi ? `, ${circular} đạt theo giả định lấy từ chính chỉ tiêu` : `, ${circular} met by an assumption taken from the target itself`;
    // Their probabilities beside them: "đạt" on an assumption is only as likely as the run says.
    const odds = circularOdds(cells, lang);
    if (odds) text += vi ? ` (xác suất ${odds})` : ` (probability ${odds})`;
  }
  // The weakest of the targets it counts as met: a verdict of "đạt" at a low probability is the news.
  // A circular verdict sits near 50 % by construction (the assumption is the target), so the
  // plain ones come first.
  const judged = rows.map((r) => ({ label: r.label, c: r.cells[k]! })).filter((x) => met(x.c.verdict) && x.c.probability !== null);
  const byProbability = (xs: typeof judged) => [...xs].sort((a, b) => a.c.probability! - b.c.probability!)[0];
  const weakest = byProbability(judged.filter((x) => x.c.basis !== "circular")) ?? byProbability(judged);
  if (weakest && weakest.c.probability! <= 0.5)
    text += vi ? `, nhưng xác suất đạt ${inSentence(weakest.label)} chỉ ${weakest.c.probabilityText}` : `, but the probability of meeting ${inSentence(weakest.label)} is only ${weakest.c.probabilityText}`;
  else if (weakest)
    text += vi ? `; trong các chỉ tiêu đạt, xác suất thấp nhất là ${weakest.c.probabilityText} (${inSentence(weakest.label)})` : `; among the targets met, the lowest probability is ${weakest.c.probabilityText} (${inSentence(weakest.label)})`;
  return `${text}.`;
}

/**
 * The leadership scorecard: the priority targets × the compared scenarios, each cell the
 * verdict with its basis, the probability and the gap; rows sorted by the difference in
 * probability between the scenarios (the decisions the comparison is about first); for one
 * scenario, the least likely first. Targets no scenario can judge are counted, not shown.
 */
export function scorecard(scenarios: readonly ReportScenario[], lang: Lang): Scorecard {
  const first = scenarios[0];
  if (!first) return { rows: [], headlines: [], noData: 0, selection: "priority" };
  const active = first.simulation.evaluations.filter((e) => e.target.active);
  // A region that marks no priority target is summed up by its economic targets.
  const selection: Scorecard["selection"] = active.some((e) => e.target.priority) ? "priority" : "economic";
  const priority = active.filter((e) => (selection === "priority" ? e.target.priority : e.target.category === "economic"));
  const rows: ScorecardRow[] = [];
  let noData = 0;
  for (const ref of priority) {
    const evals = scenarios.map((s) => s.simulation.evaluations.find((e) => e.target.id === ref.target.id) ?? ref);
    if (evals.every((e) => e.verdict === "noData")) {
      noData++;
      continue;
    }
    const cells = evals.map((e, k) => cellOf(e, scenarios[k]!, lang));
    const ps = cells.map((c) => c.probability).filter((p): p is number => p !== null);
    const spread = ps.length === cells.length ? Math.max(...ps) - Math.min(...ps) : null;
    const series = first.simulation.projection.series[ref.target.indicator];
    rows.push({ id: ref.target.id, label: ref.target.label?.[lang] ?? `${series?.name[lang] ?? ref.target.indicator} ${ref.target.year}`, cells, spread });
  }
  const single = scenarios.length === 1;
  const order = rows.map((r, i) => ({ r, i }));
  order.sort((a, b) => {
    const sa = a.r.spread;
    const sb = b.r.spread;
    if (sa === null || sb === null) return sa === null && sb === null ? a.i - b.i : sa === null ? 1 : -1;
    if (single) return a.r.cells[0]!.probability! - b.r.cells[0]!.probability! || a.i - b.i;
    return sb - sa || a.i - b.i;
  });
  const sorted = order.map((x) => x.r);
  return { rows: sorted, headlines: scenarios.map((s, k) => headline(s, k, sorted, lang, selection)), noData, selection };
}
