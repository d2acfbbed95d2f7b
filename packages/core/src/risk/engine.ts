import type { CompiledFormula, ModelInput, ProjectedSeries } from "../model/types.js";
import { project } from "../model/project.js";
import { effectiveGrowth } from "../model/path.js";
import { measure, slack } from "../targets/measure.js";
import { evaluateTarget } from "../targets/evaluate.js";
import type { TargetSpec, Verdict } from "../targets/types.js";
import { Sfc32 } from "./prng.js";
import { RateDraws } from "./draws.js";
import { QuantileSketch } from "./quantiles.js";
import { DEFAULT_PATHS, FAN_QUANTILES, TARGET_QUANTILES, type RiskOptions, type RiskResult, type RiskSettings } from "./types.js";

const enum Link {
  Own,
  Grdp,
  PerCapita,
  Revenue,
}

interface LevelPlan {
  link: Link;
  /** Explicit growth overriding the link (for own-growth indicators: the drawn rate input). */
  explicit: Float64Array;
  fixed: Float64Array;
  /** Index of the first fixed level, −1 when the path is an index (base year = 100). */
  first: number;
  /** Whether a target measures this indicator's growth: only then is its effective growth recomputed. */
  needsGrowth: boolean;
  growth: Float64Array;
  values: Float64Array;
}

interface FormulaPlan {
  formula: CompiledFormula;
  inputs: { id: string; values: Float64Array | undefined }[];
  scope: Record<string, number>;
  values: Float64Array;
  growth: Float64Array;
}

interface LiveTarget {
  target: TargetSpec;
  series: ProjectedSeries;
  /** verdictOf's test for "met or exceeded", its constants worked out once (see `metOrExceeded`). */
  comparator: number;
  eps: number;
  band: number;
  aboveIsBetter: boolean;
  cell: number;
  index: number;
}

const AT_LEAST = 0;
const AT_MOST = 1;
const ABOUT = 2;

/**
 * `verdictOf(…)` is "met" or "exceeded" (targets/verdict.ts), without its strings: a finite value
 * at least the target less the float slack (atLeast), at most the target plus it (atMost), or
 * within the tolerance band or beyond it on the better side (about). The σ = 0 property test
 * pins the two to the same answers.
 */
function metOrExceeded(l: LiveTarget, diff: number): boolean {
  if (diff - diff !== 0) return false;
  if (l.comparator === AT_LEAST) return diff >= -l.eps;
  if (l.comparator === AT_MOST) return diff <= l.eps;
  return Math.abs(diff) <= l.band || diff > 0 === l.aboveIsBetter;
}

/**
 * A Monte Carlo run over a resolved model (DESIGN section 1, uncertainty), in steps so that a
 * caller (the app's worker) can stop a stale run between them. Every path recomputes the rate
 * inputs' draws, every linked and own-growth level with the fixed-level, anchor and back-cast
 * rules of `project` (the same `fillLevelPath`), formulas, and each target's measure and verdict
 * with the functions `evaluateTarget` uses. Typed arrays allocated once; nothing per path
 * (except inside formulas, which mathjs evaluates).
 */
export class RiskRun {
  readonly total: number;
  done = 0;
  private readonly rng: Sfc32;
  private readonly draws: RateDraws;
  private readonly cells: Float64Array;
  private readonly levels: LevelPlan[] = [];
  private readonly formulas: FormulaPlan[] = [];
  private readonly live: LiveTarget[] = [];
  private readonly met: Float64Array;
  private readonly verdicts: Verdict[];
  private readonly sketch: QuantileSketch;
  private readonly order: string[];
  private readonly settings: RiskSettings;
  private readonly g: Float64Array;
  private readonly d: Float64Array;
  private readonly p: Float64Array;
  private buoyancy = 0;

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
    const S = base.order.length;
    this.cells = new Float64Array(S * n + targets.length).fill(NaN);
    const series: Record<string, ProjectedSeries> = {};
    const outputs: Record<string, Float64Array> = {};
    base.order.forEach((id, si) => {
      const s = base.series[id]!;
      const values = this.cells.subarray(si * n, si * n + n);
      values.set(s.values);
      const growth = s.kind === "rate" ? values : s.growth.slice();
      series[id] = { ...s, values, growth };
      if (s.kind === "rate") outputs[id] = values;
    });
    for (const ind of input.indicators) {
      if (ind.kind !== "level") continue;
      const own = ind.linkage !== "grdp" && ind.linkage !== "grdpPerCapita" && ind.linkage !== "budgetRevenue";
      const explicit = input.rates[ind.id]!.slice();
      if (own) outputs[ind.id] = explicit;
      const s = series[ind.id]!;
      const fixed = input.levels[ind.id]!;
      this.levels.push({
        link: own ? Link.Own : ind.linkage === "grdp" ? Link.Grdp : ind.linkage === "grdpPerCapita" ? Link.PerCapita : Link.Revenue,
        explicit,
        fixed,
        first: fixed.findIndex((v) => !Number.isNaN(v)),
        needsGrowth: targets.some((t) => t.indicator === ind.id && (t.kind === "annualRate" || t.kind === "averageGrowth")),
        growth: s.growth,
        values: s.values,
      });
    }
    const zero = new Float64Array(n);
    this.g = series.grdpGrowth?.values ?? zero;
    this.d = series.deflator?.values ?? zero;
    this.p = series.populationGrowth?.values ?? zero;
    for (const f of formulas) {
      const s = series[f.id]!;
      this.formulas.push({
        formula: f,
        inputs: f.inputs.map((id) => ({ id, values: series[id]?.values })),
        scope: {},
        values: s.values,
        growth: s.growth,
      });
    }
    this.draws = new RateDraws(input, outputs);
    this.met = new Float64Array(targets.length);
    this.verdicts = targets.map((t, k) => {
      const evaluation = evaluateTarget(base, t);
      const s = series[t.indicator];
      const cell = S * n + k;
      if (evaluation.verdict === "noData" || !s) return evaluation.verdict;
      if (s.kind === "tracked") {
        // Reported figures only: the same value and verdict on every path.
        this.cells[cell] = evaluation.projected;
        this.met[k] = evaluation.met ? paths : 0;
      } else {
        const better = input.indicators.find((d) => d.id === t.indicator)?.better ?? "higher";
        const eps = slack(t.value);
        this.live.push({
          target: t,
          series: s,
          comparator: t.comparator === "atLeast" ? AT_LEAST : t.comparator === "atMost" ? AT_MOST : ABOUT,
          eps,
          band: (t.tolerance ?? 0) * Math.abs(t.value) + eps,
          aboveIsBetter: better === "higher",
          cell,
          index: k,
        });
      }
      return evaluation.verdict;
    });
    this.sketch = new QuantileSketch(this.cells.length, paths);
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
    for (let path = this.done; path < end; path++) {
      this.buoyancy = this.draws.buoyancy(this.rng);
      this.draws.draw(this.rng, n);
      for (let k = 0; k < this.levels.length; k++) this.levelPath(this.levels[k]!, n);
      for (let k = 0; k < this.formulas.length; k++) this.formulaPath(this.formulas[k]!, n);
      for (let k = 0; k < this.live.length; k++) {
        const l = this.live[k]!;
        const t = l.target;
        const x = measure(l.series, t, baseYear);
        this.cells[l.cell] = x;
        if (metOrExceeded(l, x - t.value)) this.met[l.index]!++;
      }
      this.sketch.add(this.cells);
    }
    this.done = end;
    return end === this.total;
  }

  /**
   * Growth of one level indicator (explicit rate, else its link, as `project` does), then its path
   * by `fillLevelPath`'s rule, written out here with the first fixed index known in advance.
   */
  private levelPath(l: LevelPlan, n: number): void {
    const { explicit, growth } = l;
    const g = this.g;
    const d = this.d;
    const p = this.p;
    growth[0] = NaN;
    for (let i = 1; i < n; i++) {
      const e = explicit[i]!;
      if (e === e) growth[i] = e;
      else if (l.link === Link.Grdp) growth[i] = g[i]!;
      else if (l.link === Link.PerCapita) growth[i] = ((1 + g[i]!) * (1 + d[i]!)) / (1 + p[i]!) - 1;
      else if (l.link === Link.Revenue) growth[i] = this.buoyancy * ((1 + g[i]!) * (1 + d[i]!) - 1);
      else growth[i] = 0;
    }
    const v = l.values;
    const fixed = l.fixed;
    let start = l.first;
    if (start < 0) {
      v[0] = 100;
      start = 0;
    } else v[start] = fixed[start]!;
    for (let i = start - 1; i >= 0; i--) v[i] = v[i + 1]! / (1 + growth[i + 1]!);
    for (let i = start + 1; i < n; i++) {
      const f = fixed[i]!;
      v[i] = f === f ? f : v[i - 1]! * (1 + growth[i]!);
    }
    if (l.needsGrowth) effectiveGrowth(v, growth);
  }

  private formulaPath(f: FormulaPlan, n: number): void {
    for (let i = 0; i < n; i++) {
      for (const x of f.inputs) f.scope[x.id] = x.values ? x.values[i]! : NaN;
      const v = f.formula.evaluate(f.scope);
      f.values[i] = typeof v === "number" ? v : NaN;
    }
    effectiveGrowth(f.values, f.growth);
  }

  /** Probabilities and quantiles of the paths simulated so far. */
  result(): RiskResult {
    const n = this.input.years.length;
    const S = this.order.length;
    const targets = this.targets.map((t, k) => {
      const quantiles = new Float64Array(TARGET_QUANTILES.length);
      this.sketch.quantiles(S * n + k, TARGET_QUANTILES, quantiles, 0);
      const verdict = this.verdicts[k]!;
      const probability = verdict === "noData" || this.done === 0 ? null : this.met[k]! / this.done;
      return { id: t.id, probability, verdict, quantiles };
    });
    const fans = this.order.map((id, si) => {
      const quantiles = new Float64Array(n * FAN_QUANTILES.length);
      for (let i = 0; i < n; i++) this.sketch.quantiles(si * n + i, FAN_QUANTILES, quantiles, i * FAN_QUANTILES.length);
      return { id, quantiles };
    });
    return { years: this.input.years, settings: { ...this.settings, paths: this.done }, targets, fans };
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
