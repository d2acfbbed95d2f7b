import { formatValue, isPercentUnit, targetLabel, targetUnit, unitLabel, type Lang, type Projection, type TargetEvaluation } from "@lotrinh/core";
import { BUOYANCY_INPUT, BUOYANCY_NAME, SENSITIVITY_STEP, type TargetSensitivity } from "@lotrinh/core/risk";
import type { ChartSource } from "../chartData.js";
import { comparatorWord } from "../words.js";
import { xmlSafe } from "../xmlText.js";

/** What a tornado chart draws: one target's sensitivity to ±1 percentage point in each rate input. */
export interface TornadoInput {
  /** The target's evaluation on the scenario's own path (core `simulate`). */
  evaluation: TargetEvaluation;
  /** Its tornado (core `simulateRisk(...).sensitivity`, the entry with the target's id). */
  sensitivity: TargetSensitivity;
  /** The scenario's projection: input names, the region and its documents. */
  projection: Projection;
  /** Scenario name shown under the title. */
  scenario: string;
  lang: Lang;
  width: number;
  height?: number;
  idPrefix?: string;
  /** At most this many inputs, widest swing first (default 8). */
  maxBars?: number;
}

export interface TornadoBar {
  input: string;
  name: string;
  /** The move: 0.01 (one point) for a rate input, 0.1 for the revenue buoyancy. */
  step: number;
  /** Change of the target's measured value for −1 and +1 point (buoyancy: ∓0.1), in model units. */
  down: number;
  up: number;
}

export interface TornadoData {
  lang: Lang;
  targetId: string;
  /** "GRDP bình quân đầu người 2025 (tối thiểu 145)". */
  target: string;
  /** Unit of the measured value (changes of a rate are in percentage points). */
  unit: string;
  projected: number;
  bars: TornadoBar[];
  /** A bar moves by another step than one point (the revenue buoyancy): the words say both steps. */
  mixedSteps: boolean;
  region: string;
  scenario: string;
  sources: ChartSource[];
}

/** The tornado's data in words and model units, before any pixel: bars ranked as core ranked them. */
export function tornadoData(input: TornadoInput): TornadoData {
  const { evaluation: e, sensitivity: s, projection, lang } = input;
  const t = e.target;
  const series = projection.series[t.indicator];
  const unit = targetUnit(t, series);
  const name = series?.name ?? { vi: t.indicator, en: t.indicator };
  const figure = isPercentUnit(unit) ? formatValue(t.value, unit, lang) : formatValue(t.value, unit, lang, undefined, projection.years[0]);
  const bars = s.bars.slice(0, input.maxBars ?? 8).map((b) => ({
    input: b.input,
    name: xmlSafe(b.input === BUOYANCY_INPUT ? BUOYANCY_NAME[lang] : (projection.series[b.input]?.name[lang] ?? b.input)),
    step: b.step,
    down: b.down,
    up: b.up,
  }));
  const region = projection.input.region;
  const doc = t.source ? region.sources.find((d) => d.id === t.source) : undefined;
  const sources: ChartSource[] = t.source ? [doc ? { id: t.source, ref: 1, title: xmlSafe(doc.title[lang]), publisher: xmlSafe(doc.publisher), date: doc.date } : { id: t.source, ref: 1 }] : [];
  return {
    lang,
    targetId: t.id,
    // A target's own label already states its figure ("… 145 triệu đồng năm 2025").
    target: xmlSafe(t.label ? t.label[lang] : `${targetLabel(t, name, lang)} (${comparatorWord(t.comparator, lang)} ${figure})`),
    unit,
    projected: s.projected,
    bars,
    mixedSteps: bars.some((b) => b.step !== SENSITIVITY_STEP),
    region: xmlSafe(region.parent ? `${region.name[lang]}, ${region.parent[lang]}` : region.name[lang]),
    scenario: xmlSafe(input.scenario),
    sources,
  };
}

/** A change as displayed: "+2,8 triệu đồng/người", "−0,62 điểm %". */
export function changeText(delta: number, unit: string, lang: Lang): string {
  if (isPercentUnit(unit)) {
    const pts = delta * 100;
    const text = Math.abs(pts).toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 2 });
    return `${pts < 0 ? "−" : "+"}${text} ${lang === "vi" ? "điểm %" : "pp"}`;
  }
  const text = formatValue(Math.abs(delta), unit, lang);
  return `${delta < 0 ? "−" : "+"}${text}`;
}

/** The unit of a change: "điểm %" / "pp" for rates, else the target's unit label. */
export function changeUnit(unit: string, lang: Lang): string {
  return isPercentUnit(unit) ? (lang === "vi" ? "điểm %" : "pp") : unitLabel(unit, lang);
}

/** A bar's move as a signed figure: "1" for a point of a rate, "0,1" for the buoyancy. */
export function stepText(bar: Pick<TornadoBar, "step">, lang: Lang): string {
  return bar.step === SENSITIVITY_STEP ? "1" : bar.step.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 3 });
}
