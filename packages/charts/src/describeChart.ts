import type { Lang, TargetEvaluation } from "@lotrinh/core";
import { chartData, type ChartData, type ChartSeriesData } from "./chartData.js";
import { shownInView, spanStart } from "./chartTargets.js";
import { amount, capitalize, comparisonText, subject } from "./proseText.js";
import type { ChartInput } from "./types.js";
import { targetFigure } from "./targetText.js";
import { comparatorWord, WORDS } from "./words.js";

interface Clause {
  text: string;
  /** The target the clause already measures (its comparison is appended to it). */
  primary: TargetEvaluation | undefined;
}

/** English verb agreement by the indicator's name: "Tourist visits rise", "GRDP per capita rises". */
function verb(name: string, singular: string): string {
  if (!/[^s]s$/.test(name)) return singular;
  return singular === "is" ? "are" : singular.replace(/s$/, "");
}

function geometricMean(rates: number[]): number {
  const product = rates.reduce((p, r) => p * (1 + r), 1);
  return Math.pow(product, 1 / rates.length) - 1;
}

/**
 * A level's trajectory from its first fixed year (actual, estimate, anchor, set level) or first
 * year, to the last. Back-cast years before it are told apart in their own clause.
 */
function levelClause(d: ChartData, s: ChartSeriesData, lang: Lang): Clause {
  const pts = s.points;
  const first = pts.find((p) => p.status !== "projected" && p.status !== "backcast") ?? pts[0]!;
  const last = pts[pts.length - 1]!;
  const name = subject(d.name, d.unit, d.base, lang);
  const v0 = amount(first.value, d.unit, lang);
  const v1 = amount(last.value, d.unit, lang);
  const primary = s.evaluations.find((e) => e.target.active && e.target.kind === "level" && e.target.year === last.year);
  let text: string;
  if (first === last) text = lang === "vi" ? `${name} là ${v0} năm ${first.year}` : `${name} ${verb(d.name, "is")} ${v0} in ${first.year}`;
  else if (Math.abs(last.value - first.value) <= 0.005 * Math.abs(first.value))
    text = lang === "vi"
      ? `${name} giữ ở mức khoảng ${v0} từ năm ${first.year} đến năm ${last.year}`
      : `${name} ${verb(d.name, "holds")} at about ${v0} from ${first.year} to ${last.year}`;
  else if (last.value > first.value)
    text = lang === "vi"
      ? `${name} tăng từ ${v0} năm ${first.year} lên ${v1} năm ${last.year}`
      : `${name} ${verb(d.name, "rises")} from ${v0} in ${first.year} to ${v1} in ${last.year}`;
  else
    text = lang === "vi"
      ? `${name} giảm từ ${v0} năm ${first.year} xuống ${v1} năm ${last.year}`
      : `${name} ${verb(d.name, "falls")} from ${v0} in ${first.year} to ${v1} in ${last.year}`;
  return { text, primary };
}

/** Yearly rates or a running average: the term's geometric average, with the range of yearly rates. */
function averageClause(d: ChartData, s: ChartSeriesData, lang: Lang): Clause {
  const pts = s.points;
  const a = d.view === "averageGrowth" ? d.from : pts[0]!.year;
  const b = pts[pts.length - 1]!.year;
  const avg = d.view === "averageGrowth" ? pts[pts.length - 1]!.value : geometricMean(pts.map((p) => p.value));
  const v = amount(avg, "rate", lang, { perYear: true });
  let text = d.rateIndicator
    ? lang === "vi" ? `${d.name} bình quân ${v} giai đoạn ${a}–${b}` : `${d.name} ${verb(d.name, "averages")} ${v} over ${a}–${b}`
    : lang === "vi" ? `${d.name} tăng bình quân ${v} giai đoạn ${a}–${b}` : `${d.name} ${verb(d.name, "grows")} on average ${v} over ${a}–${b}`;
  if (d.view === "level") {
    const lo = amount(Math.min(...pts.map((p) => p.value)), "rate", lang);
    const hi = amount(Math.max(...pts.map((p) => p.value)), "rate", lang);
    if (lo !== hi) text += lang === "vi" ? ` (thấp nhất ${lo}, cao nhất ${hi})` : ` (ranging from ${lo} to ${hi})`;
  }
  const primary = s.evaluations.find(
    (e) => e.target.active && e.target.kind === "averageGrowth" && e.target.year === b && spanStart(e.target, d.base) === a,
  );
  return { text, primary };
}

function cumulativeClause(d: ChartData, s: ChartSeriesData, lang: Lang): Clause {
  const last = s.points[s.points.length - 1]!;
  const v = amount(last.value, d.unit, lang);
  const text = lang === "vi"
    ? `${d.name} cộng dồn ${d.from}–${last.year} là ${v}`
    : `${d.name} ${verb(d.name, "sums")} to ${v} over ${d.from}–${last.year}`;
  const primary = s.evaluations.find(
    (e) => e.target.active && e.target.kind === "cumulative" && e.target.year === last.year && spanStart(e.target, d.base) === d.from,
  );
  return { text, primary };
}

/** The unit a target's measure is in, and whether it is a per-year average. */
function measureUnit(e: TargetEvaluation, d: ChartData): { unit: string; perYear: boolean } {
  const k = e.target.kind;
  if (k === "averageGrowth") return { unit: "rate", perYear: true };
  if (k === "annualRate") return { unit: "rate", perYear: false };
  return { unit: d.rateIndicator ? "rate" : d.unit, perYear: false };
}

/** A target the main clause does not already cover: "năm 2023: 3,5 triệu lượt, đạt mục tiêu 3,5 triệu lượt". */
function targetClause(e: TargetEvaluation, d: ChartData, lang: Lang): string {
  const t = e.target;
  const { unit, perYear } = measureUnit(e, d);
  const value = amount(e.projected, unit, lang, { perYear });
  const from = spanStart(t, d.base);
  let what: string;
  switch (t.kind) {
    case "level":
      what = lang === "vi" ? `năm ${t.year}: ${value}` : `in ${t.year}: ${value}`;
      break;
    case "annualRate":
      what = d.rateIndicator ? (lang === "vi" ? `năm ${t.year}: ${value}` : `in ${t.year}: ${value}`)
        : lang === "vi" ? `năm ${t.year}: tăng ${value}` : `in ${t.year}: growth of ${value}`;
      break;
    case "averageGrowth":
      what = lang === "vi" ? `bình quân ${from}–${t.year}: ${value}` : `average ${from}–${t.year}: ${value}`;
      break;
    case "cumulative":
      what = lang === "vi" ? `cộng dồn ${from}–${t.year}: ${value}` : `sum over ${from}–${t.year}: ${value}`;
      break;
  }
  const alt = t.active ? "" : lang === "vi" ? `theo ${WORDS.vi.altReading}, ` : `on the ${WORDS.en.altReading}, `;
  return `${alt}${what}, ${comparisonText(e, unit, lang, perYear)}`;
}

/**
 * Years discounted backward from the path's first fixed level, in words: "các năm 2020–2022
 * tính ngược từ mốc năm 2023" — they depend on the scenario's rates, not on any figure.
 */
function backcastClause(s: ChartSeriesData, lang: Lang): string | undefined {
  const back = s.points.filter((p) => p.status === "backcast");
  if (!back.length) return undefined;
  const a = back[0]!.year;
  const b = back[back.length - 1]!.year;
  const anchor = s.points.find((p) => p.year > b && p.status !== "backcast" && p.status !== "projected");
  const span = a === b ? String(a) : `${a}–${b}`;
  const many = a !== b;
  if (lang === "vi") return `${many ? "các năm" : "năm"} ${span} tính ngược${anchor ? ` từ mốc năm ${anchor.year}` : ""}`;
  return `${span} ${many ? "are" : "is"} back-cast${anchor ? ` from the ${anchor.year} level` : ""}`;
}

/** The fan's last year in words: "khoảng tin cậy 90 % năm 2025: 140 đến 172 triệu đồng (trung vị 156; …)". */
function fanClause(d: ChartData, s: ChartSeriesData): string | undefined {
  const last = s.fan?.[s.fan.length - 1];
  if (!last || s.fan!.length < 2) return undefined;
  const a = (v: number) => amount(v, d.unit, d.lang);
  return WORDS[d.lang].fanSentence(last.year, a(last.q05), a(last.q95), a(last.q50));
}

function seriesSentences(d: ChartData, s: ChartSeriesData, compare: boolean): string[] {
  const lang = d.lang;
  const prefix = compare ? `${s.label}: ` : "";
  if (!s.points.length) {
    // Nothing to trace: name what is asked for, so the alt text still carries the targets drawn.
    const asked = d.targets.map((t) => `${comparatorWord(t.target.comparator, lang)} ${targetFigure(t, d.unit, lang)} (${t.target.year})`);
    const targets = asked.length ? `; ${lang === "vi" ? "mục tiêu" : "targets"}: ${asked.join(", ")}` : "";
    return [`${prefix}${d.name}: ${WORDS[lang].noData}${targets}.`];
  }
  const clause = d.view === "cumulative" ? cumulativeClause(d, s, lang)
    : d.view === "averageGrowth" || d.rateIndicator ? averageClause(d, s, lang)
    : levelClause(d, s, lang);
  let main = clause.text;
  if (clause.primary) {
    const { unit, perYear } = measureUnit(clause.primary, d);
    main += `, ${comparisonText(clause.primary, unit, lang, perYear)}`;
  }
  const shown = new Set(d.targets.map((t) => t.target.id));
  const others = s.evaluations
    .filter((e) => e !== clause.primary && shown.has(e.target.id) && shownInView(e.target, d.view, d.rateIndicator))
    .map((e) => targetClause(e, d, lang));
  const back = d.view === "level" ? backcastClause(s, lang) : undefined;
  if (back) others.push(back);
  const fan = fanClause(d, s);
  if (fan) others.push(fan);
  // A compare view keeps one sentence per scenario; a single chart gives each target its own sentence.
  if (compare) return [`${prefix}${[main, ...others].join("; ")}.`];
  return [`${main}.`, ...others.map((o) => `${capitalize(o)}.`)];
}

/** Alt text of the chart's data: the trajectory or measure of each scenario and how it fares against the targets drawn. */
export function describeData(d: ChartData): string {
  const compare = d.series.length > 1;
  return d.series.flatMap((s) => seriesSentences(d, s, compare)).join(" ");
}

export function describeChart(input: ChartInput): string {
  return describeData(chartData(input));
}
