import type { ModelInput } from "../model/types.js";
import { isOutcome } from "../model/types.js";
import { isRateInput } from "../indicators.js";
import { fillNormals, normal, type Sfc32 } from "./prng.js";
import { tabulatedDeviation, twoPiece, twoPieceTable, type TwoPiece } from "./twoPiece.js";
import { deflatorShocks, firstShocks, keepDraws, nextShocks, normalRates } from "./shocks.js";

/** Redraws allowed for one rate before its σ is judged too wide for the rates' domain. */
const MAX_REDRAWS = 100_000;
/** Redraws with persistence before the shock is drawn afresh. */
const PERSISTENT_TRIES = 100;

/** One uncertain rate input: its scenario values, σ and skew, and the array its draws go into. */
export interface UncertainRate {
  id: string;
  /** The scenario's rates (NaN: no rate, held flat, drawn around 0). */
  mode: Float64Array;
  sigma: number;
  skew: TwoPiece | undefined;
  /** The two-piece normal's deviations tabulated (skewed inputs only). */
  table: Float64Array | undefined;
  /** 1 where the year's rate is drawn (a growth year whose rate is not an outcome). */
  free: Uint8Array;
  /** Where the path's rates are written. */
  out: Float64Array;
}

/**
 * The shock process of DESIGN section 1 (uncertainty): for each growth year a standard normal
 * innovation per uncertain input, real growth and deflator correlated through the Cholesky factor
 * [[1, 0], [c, √(1−c²)]], carried across years as AR(1) e_t = ρ e_{t−1} + √(1−ρ²) η_t (so every
 * year's shock is standard normal), then scaled by σ (or mapped to the two-piece normal) around
 * the scenario's rate (its mode).
 */
export class RateDraws {
  readonly rates: UncertainRate[];
  /** Normals a path uses: the buoyancy's (when drawn), then each input's years. */
  readonly perPath: number;
  /** Real growth's innovation of each year and path, for the deflator's Cholesky row. */
  private readonly zGrowth: Float64Array;
  private readonly normals: Float64Array;
  // Each path's shock of the year before and of this year (swapped year by year).
  private previous: Float64Array;
  private current: Float64Array;
  // The inputs' data laid out flat for the loop: index k · years + i.
  private readonly centres: Float64Array;
  private readonly free: Uint8Array;
  private readonly sigmas: Float64Array;
  private readonly tables: Float64Array[];
  private readonly outs: Float64Array[];
  private readonly growth: number;
  private readonly deflator: number;
  private readonly rho: number;
  private readonly innovation: number;
  private readonly corr: number;
  private readonly corrRest: number;
  private readonly buoyancyMode: number;
  private readonly buoyancySigma: number;

  /**
   * `outputs[id]` receives input id's rates for a block of `width` paths: year i of path p at
   * i · width + p. Years that are not drawn keep what the caller filled them with.
   */
  constructor(
    input: ModelInput,
    outputs: Record<string, Float64Array>,
    readonly width = 1,
  ) {
    const u = input.uncertainty;
    this.rates = [];
    for (const ind of input.indicators) {
      const set = u.inputs[ind.id];
      if (!set || !(set.sigma > 0) || !isRateInput(ind) || !outputs[ind.id]) continue;
      const info = input.rateInfo[ind.id]!;
      const free = new Uint8Array(input.years.length);
      for (let i = 1; i < free.length; i++) free[i] = isOutcome(info[i]?.status) ? 0 : 1;
      const skew = set.skew !== 0 ? twoPiece(set.sigma, set.skew) : undefined;
      this.rates.push({
        id: ind.id,
        mode: input.rates[ind.id]!,
        sigma: set.sigma,
        skew,
        table: skew ? twoPieceTable(skew) : undefined,
        free,
        out: outputs[ind.id]!,
      });
    }
    const n = input.years.length;
    const m = this.rates.length;
    this.buoyancyMode = input.revenueBuoyancy;
    this.buoyancySigma = u.revenueBuoyancy;
    this.perPath = (this.buoyancySigma > 0 ? 1 : 0) + m * Math.max(0, n - 1);
    this.zGrowth = new Float64Array(n * width);
    this.normals = new Float64Array(this.perPath * width);
    this.previous = new Float64Array(width);
    this.current = new Float64Array(width);
    this.centres = new Float64Array(m * n);
    this.free = new Uint8Array(m * n);
    this.sigmas = Float64Array.from(this.rates, (r) => r.sigma);
    this.tables = this.rates.map((r) => r.table ?? new Float64Array(0));
    this.outs = this.rates.map((r) => r.out);
    this.rates.forEach((r, k) => {
      for (let i = 0; i < n; i++) {
        const mode = r.mode[i]!;
        this.centres[k * n + i] = mode === mode ? mode : 0;
        this.free[k * n + i] = r.free[i]!;
      }
    });
    this.growth = this.rates.findIndex((r) => r.id === "grdpGrowth");
    this.deflator = this.rates.findIndex((r) => r.id === "deflator");
    this.rho = u.persistence;
    this.innovation = Math.sqrt(1 - u.persistence * u.persistence);
    this.corr = u.growthDeflatorCorrelation;
    this.corrRest = Math.sqrt(1 - this.corr * this.corr);
  }

  /**
   * Draws `count` paths (at most the width) into the outputs and each path's revenue buoyancy
   * into `buoyancy`. The paths take their normals from the generator one after the other, so
   * the numbers do not depend on how paths are grouped; only a redraw (a rate that fell to −100 %
   * or below, drawn again for that input, the deflator given real growth's accepted shock) takes
   * its normal after the group's. After PERSISTENT_TRIES failures the shock is drawn without
   * persistence, so that a chain pushed far down by an earlier year cannot stall.
   */
  drawBlock(rng: Sfc32, years: number, count: number, buoyancy: Float64Array): void {
    const m = this.rates.length;
    const { centres, free, sigmas, tables, outs, zGrowth, normals } = this;
    const W = this.width;
    const per = this.perPath;
    const gi = this.growth;
    const di = this.deflator;
    const rho = this.rho;
    const innovation = this.innovation;
    const corr = this.corr;
    const corrRest = this.corrRest;
    fillNormals(rng, normals, count * per);
    let first = 0;
    if (this.buoyancySigma > 0) {
      for (let p = 0; p < count; p++) buoyancy[p] = this.buoyancyMode + this.buoyancySigma * normals[p * per]!;
      first = 1;
    } else buoyancy.fill(this.buoyancyMode, 0, count);
    const perInput = years - 1;
    // Input by input, year by year: model order puts real growth before the deflator, so the
    // deflator finds real growth's innovations in zGrowth. Each (input, year) takes two passes
    // over the block with its cases decided outside them: the shocks into `current`, then the
    // rates (a redraw, in path order as before, needs the path's previous shock, still in `previous`).
    let prev = this.previous;
    let cur = this.current;
    for (let k = 0; k < m; k++) {
      const out = outs[k]!;
      const table = tables[k]!;
      const skewed = table.length > 0;
      const sigma = sigmas[k]!;
      const row = k * years;
      const base = first + k * perInput - 1;
      const isGrowth = k === gi;
      const isDeflator = k === di && gi >= 0;
      for (let i = 1; i < years; i++) {
        const at = i * W;
        const from = base + i;
        // The first growth year starts the chain at its stationary law.
        if (isDeflator) deflatorShocks(cur, prev, zGrowth, at, normals, from, per, count, i === 1, rho, innovation, corr, corrRest);
        else {
          if (isGrowth) keepDraws(zGrowth, at, normals, from, per, count);
          if (i === 1) firstShocks(cur, normals, from, per, count);
          else nextShocks(cur, prev, normals, from, per, count, rho, innovation);
        }
        // Outcome years keep the value the output array was filled with; the chain runs on.
        if (free[row + i] === 1) {
          const centre = centres[row + i]!;
          // Rates that fell to −100 % or below are only counted here and redrawn after the loop, in
          // path order as before (no call in the loop over paths: its values stay in registers).
          let low = 0;
          if (skewed) {
            const tp = this.rates[k]!.skew!;
            for (let p = 0; p < count; p++) {
              const rate = centre + tabulatedDeviation(table, tp, cur[p]!);
              if (rate > -1) out[at + p] = rate;
              else low++;
            }
            if (low > 0)
              for (let p = 0; p < count; p++)
                if (!(centre + tabulatedDeviation(table, tp, cur[p]!) > -1)) cur[p] = this.redraw(rng, k, i, p, prev[p]!);
          } else {
            low = normalRates(out, at, cur, count, centre, sigma);
            if (low > 0)
              for (let p = 0; p < count; p++) if (!(centre + sigma * cur[p]! > -1)) cur[p] = this.redraw(rng, k, i, p, prev[p]!);
          }
        }
        const swap = prev;
        prev = cur;
        cur = swap;
      }
    }
    this.previous = prev;
    this.current = cur;
  }

  /** Draws input k of year i of path p again until its rate lies above −100 %; returns the accepted shock. */
  private redraw(rng: Sfc32, k: number, i: number, p: number, previous: number): number {
    const r = this.rates[k]!;
    const centre = this.centres[k * r.free.length + i]!;
    for (let attempt = 1; attempt < MAX_REDRAWS; attempt++) {
      let z = normal(rng);
      if (k === this.deflator && this.growth >= 0) z = this.corr * this.zGrowth[i * this.width + p]! + this.corrRest * z;
      const shock = i === 1 || attempt >= PERSISTENT_TRIES ? z : this.rho * previous + this.innovation * z;
      const rate = centre + (r.table ? tabulatedDeviation(r.table, r.skew!, shock) : r.sigma * shock);
      if (rate > -1) {
        r.out[i * this.width + p] = rate;
        return shock;
      }
    }
    throw new Error(`uncertainty.${r.id}: σ too wide: the rate of year ${i} keeps falling to −100 %`);
  }
}
