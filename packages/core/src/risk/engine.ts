import type { CompiledFormula, ModelInput, ProjectedSeries } from "../model/types.js";
import { project } from "../model/project.js";
import { slack } from "../targets/measure.js";
import { targetVerdict } from "../targets/evaluate.js";
import { isMetVerdict } from "../targets/verdict.js";
import type { TargetSpec, Verdict } from "../targets/types.js";
import { Sfc32 } from "./prng.js";
import { RateDraws } from "./draws.js";
import { QuantileSketch } from "./quantiles.js";
import { averagePower, levelBlock, measureBlock, type LevelPlan } from "./block.js";
import { planRunning, runningBlock, runningColumn, type RunningPlan } from "./running.js";
import { ABOUT, AT_LEAST, AT_MOST, countMet, sureBounds, type LiveTarget } from "./liveTarget.js";
import { DEFAULT_PATHS, FAN_QUANTILES, TARGET_QUANTILES, type RiskOptions, type RiskResult, type RiskSettings } from "./types.js";

/** Paths computed together: every array holds year i of path p at i · BLOCK + p. */
export const BLOCK = 256;

/** The growth of a series whose growth nothing reads. */
const NO_GROWTH = new Float64Array(0);

interface FormulaPlan {
  formula: CompiledFormula;
  inputs: { id: string; values: Float64Array | undefined }[];
  scope: Record<string, number>;
  values: Float64Array;
  growth: Float64Array;
}

/**
 * A Monte Carlo run over a resolved model (DESIGN section 1, uncertainty), in steps so that a
 * caller (the app's worker) can stop a stale run between them. Paths go in blocks of BLOCK: each
 * block draws the rate inputs, recomputes every linked and own-growth level with the fixed-level,
 * anchor and back-cast rules of `project` (block.ts, the same arithmetic as `fillLevelPath`),
 * formulas, and each target's measure (as `measure`) and verdict (as `verdictOf`). Typed arrays
 * allocated once; nothing per path (except inside formulas, which mathjs evaluates).
 */
export class RiskRun {
  readonly total: number;
  done = 0;
  private readonly rng: Sfc32;
  private readonly draws: RateDraws;
  private readonly buoyancy = new Float64Array(BLOCK);
  private readonly levels: LevelPlan[] = [];
  private readonly running: RunningPlan[];
  private readonly formulas: FormulaPlan[] = [];
  private readonly live: LiveTarget[] = [];
  private readonly met: Float64Array;
  private readonly verdicts: Verdict[];
  private readonly sketch: QuantileSketch;
  private readonly sources: Float64Array[] = [];
  private readonly offsets: Int32Array;
  /** Each target's column in the sketch: its own, or the fan column it would copy. */
  private readonly targetColumns: Int32Array;
  private readonly order: string[];
  private readonly settings: RiskSettings;
  private readonly g: Float64Array;
  private readonly d: Float64Array;
  private readonly p: Float64Array;

  constructor(
    private readonly input: ModelInput,
    private readonly targets: readonly TargetSpec[],
    options: RiskOptions = {},
    formulas: readonly CompiledFormula[] = [],
  ) {
    const paths = options.paths ?? DEFAULT_PATHS;
    if (!(Number.isInteger(paths) && paths >= 1)) throw new RangeError(`paths: must be a whole number ≥ 1, got ${paths}`);
    const seed = options.seed ?? input.uncertainty.seed;
    if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff))
      throw new RangeError(`seed: must be a whole number in [0, 4294967295], got ${seed}`);
    this.total = paths;
    this.rng = new Sfc32(seed);
    const base = project(input, formulas);
    this.order = base.order;
    const n = input.years.length;
    // Every series in block layout, filled with the scenario's own path: what is never drawn stays.
    const spread = (values: Float64Array) => {
      const out = new Float64Array(n * BLOCK);
      for (let i = 0; i < n; i++) out.fill(values[i]!, i * BLOCK, (i + 1) * BLOCK);
      return out;
    };
    const series: Record<string, LiveTarget["series"]> = {};
    const outputs: Record<string, Float64Array> = {};
    const offsets: number[] = [];
    for (const id of base.order) {
      const s = base.series[id]!;
      const values = spread(s.values);
      // A level's or a formula's growth is recomputed per path only where something reads it: a
      // growth target on it (levelBlock's needsGrowth) or a formula (formulaBlock); else no array.
      const readsGrowth = s.kind === "formula" || targets.some((t) => t.indicator === id && (t.kind === "annualRate" || t.kind === "averageGrowth"));
      const growth = s.kind === "rate" ? values : readsGrowth ? spread(s.growth) : NO_GROWTH;
      series[id] = { kind: s.kind, values, growth };
      if (s.kind === "rate") outputs[id] = values;
      for (let i = 0; i < n; i++) {
        this.sources.push(values);
        offsets.push(i * BLOCK);
      }
    }
    for (const ind of input.indicators) {
      if (ind.kind !== "level") continue;
      const own = ind.linkage !== "grdp" && ind.linkage !== "grdpPerCapita" && ind.linkage !== "budgetRevenue";
      const explicit = spread(input.rates[ind.id]!);
      if (own) outputs[ind.id] = explicit;
      const s = series[ind.id]!;
      const fixed = input.levels[ind.id]!;
      this.levels.push({
        link: own ? "own" : ind.linkage!,
        explicit,
        fixed,
        first: fixed.findIndex((v) => !Number.isNaN(v)),
        needsGrowth: targets.some((t) => t.indicator === ind.id && (t.kind === "annualRate" || t.kind === "averageGrowth")),
        growth: s.growth,
        values: s.values,
      });
    }
    const zero = new Float64Array(n * BLOCK);
    this.g = series.grdpGrowth?.values ?? zero;
    this.d = series.deflator?.values ?? zero;
    this.p = series.populationGrowth?.values ?? zero;
    for (const f of formulas) {
      const s = series[f.id]!;
      this.formulas.push({ formula: f, inputs: f.inputs.map((id) => ({ id, values: series[id]?.values })), scope: {}, values: s.values, growth: s.growth });
    }
    // The running measures the targets name, year by year, for the fans of a chart's running views.
    this.running = planRunning(targets, series, input.base, n, BLOCK, this.sources, offsets);
    this.draws = new RateDraws(input, outputs, BLOCK);
    this.met = new Float64Array(targets.length);
    this.targetColumns = new Int32Array(targets.length);
    this.verdicts = targets.map((t, k) => {
      // The scenario's own path: its verdict, not the required rates (the solver) of a full evaluation.
      const evaluation = targetVerdict(base, t);
      const s = series[t.indicator];
      const iy = t.year - input.base;
      // A level, or a rate input's rate, of one year is a fan column already: the target shares
      // its values and its histogram (the same numbers, binned once).
      const shared =
        evaluation.verdict !== "noData" && s !== undefined && s.kind !== "tracked" && iy >= 0 && iy < n &&
        (t.kind === "level" || (t.kind === "annualRate" && s.kind === "rate"));
      // A cumulative or average-growth target is its running measure's column in its year (the same sum
      // or product, computed once by runningBlock).
      const running = evaluation.verdict === "noData" ? undefined : runningColumn(this.running, t, input.base, iy);
      if (shared) {
        this.targetColumns[k] = base.order.indexOf(t.indicator) * n + iy;
      } else if (running) {
        this.targetColumns[k] = running.sketchColumn;
      } else {
        this.targetColumns[k] = this.sources.length;
        offsets.push(0);
      }
      const measured = shared ? s.values : running ? running.column : new Float64Array(BLOCK).fill(NaN);
      if (!shared && !running) this.sources.push(measured);
      if (evaluation.verdict === "noData" || !s) return evaluation.verdict;
      if (s.kind === "tracked") {
        // Reported figures only: the same value and verdict on every path.
        measured.fill(evaluation.projected);
        this.met[k] = isMetVerdict(evaluation.verdict) ? paths : 0;
      } else {
        const better = input.indicators.find((d) => d.id === t.indicator)?.better ?? "higher";
        const eps = slack(t.value);
        const comparator = t.comparator === "atLeast" ? AT_LEAST : t.comparator === "atMost" ? AT_MOST : ABOUT;
        const power = averagePower(t, input.base);
        this.live.push({
          target: t,
          series: s,
          comparator,
          power,
          ...sureBounds(comparator, t.value, eps, power),
          eps,
          band: (t.tolerance ?? 0) * Math.abs(t.value) + eps,
          aboveIsBetter: better === "higher",
          measured,
          at: shared ? iy * BLOCK : 0,
          copy: !shared && !running,
          index: k,
        });
      }
      return evaluation.verdict;
    });
    this.offsets = Int32Array.from(offsets);
    this.sketch = new QuantileSketch(this.sources.length, paths);
    for (const l of this.live) if (l.power > 0) this.sketch.reportAsAverage(this.targetColumns[l.index]!, l.power);
    for (const r of this.running)
      if (r.kind === "averageGrowth") for (let i = r.start; i < n; i++) this.sketch.reportAsAverage(r.sketchColumns[i]!, 1 / (i - r.start + 1));
    const u = input.uncertainty;
    this.settings = {
      inputs: Object.fromEntries(this.draws.rates.map((r) => [r.id, { sigma: r.sigma, skew: u.inputs[r.id]!.skew }])),
      revenueBuoyancy: u.revenueBuoyancy,
      persistence: u.persistence,
      growthDeflatorCorrelation: u.growthDeflatorCorrelation,
      seed,
      paths,
    };
  }

  /** Simulates up to `maxPaths` more paths; true when the run is complete. */
  step(maxPaths = Infinity): boolean {
    const end = Math.min(this.total, this.done + maxPaths);
    const n = this.input.years.length;
    const baseYear = this.input.base;
    while (this.done < end) {
      const count = Math.min(BLOCK, end - this.done);
      this.draws.drawBlock(this.rng, n, count, this.buoyancy);
      for (const l of this.levels) levelBlock(l, n, BLOCK, count, this.g, this.d, this.p, this.buoyancy);
      for (const f of this.formulas) this.formulaBlock(f, n, count);
      // Before the targets: a cumulative or average-growth target reads its year's running column.
      for (const r of this.running) runningBlock(r, n, BLOCK, count);
      for (const l of this.live) {
        const t = l.target;
        if (l.copy) measureBlock(l.series, t, baseYear, BLOCK, count, l.measured);
        this.met[l.index]! += countMet(l, l.measured, l.at, count, t.value);
      }
      this.sketch.addColumns(this.sources, this.offsets, count);
      this.done += count;
    }
    return this.done === this.total;
  }

  private formulaBlock(f: FormulaPlan, n: number, count: number): void {
    for (let q = 0; q < count; q++) {
      for (let i = 0; i < n; i++) {
        for (const x of f.inputs) f.scope[x.id] = x.values ? x.values[i * BLOCK + q]! : NaN;
        const v = f.formula.evaluate(f.scope);
        f.values[i * BLOCK + q] = typeof v === "number" ? v : NaN;
      }
      // Effective growth, as `effectiveGrowth` computes it.
      f.growth[q] = NaN;
      for (let i = 1; i < n; i++) f.growth[i * BLOCK + q] = f.values[i * BLOCK + q]! / f.values[(i - 1) * BLOCK + q]! - 1;
    }
  }

  /** Probabilities and quantiles of the paths simulated so far. */
  result(): RiskResult {
    const n = this.input.years.length;
    const targets = this.targets.map((t, k) => {
      const quantiles = new Float64Array(TARGET_QUANTILES.length);
      this.sketch.quantiles(this.targetColumns[k]!, TARGET_QUANTILES, quantiles, 0);
      const verdict = this.verdicts[k]!;
      const probability = verdict === "noData" || this.done === 0 ? null : this.met[k]! / this.done;
      return { id: t.id, probability, verdict, quantiles };
    });
    const fans = this.order.map((id, si) => {
      const quantiles = new Float64Array(n * FAN_QUANTILES.length);
      for (let i = 0; i < n; i++) this.sketch.quantiles(si * n + i, FAN_QUANTILES, quantiles, i * FAN_QUANTILES.length);
      return { id, quantiles };
    });
    const running = this.running.map((r) => {
      const quantiles = new Float64Array(n * FAN_QUANTILES.length).fill(NaN);
      for (let i = r.start; i < n; i++) this.sketch.quantiles(r.sketchColumns[i]!, FAN_QUANTILES, quantiles, i * FAN_QUANTILES.length);
      return { id: r.id, kind: r.kind, from: this.input.base + r.start, quantiles };
    });
    return { years: this.input.years, settings: { ...this.settings, paths: this.done }, targets, fans, running };
  }
}

/** Runs every path at once: probabilities, target quantiles and fan quantiles. */
export function runRisk(
  input: ModelInput,
  targets: readonly TargetSpec[],
  options: RiskOptions = {},
  formulas: readonly CompiledFormula[] = [],
): RiskResult {
  const run = new RiskRun(input, targets, options, formulas);
  run.step();
  return run.result();
}
