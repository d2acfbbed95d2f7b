import type { ModelInput } from "../model/types.js";
import { isOutcome } from "../model/types.js";
import { isRateInput } from "../indicators.js";
import { fillNormals, normal, type Sfc32 } from "./prng.js";
import { tabulatedDeviation, twoPiece, twoPieceTable, type TwoPiece } from "./twoPiece.js";

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
  /** Real growth's innovation of each year, for the deflator's Cholesky row. */
  private readonly zGrowth: Float64Array;
  private readonly innovations: Float64Array;
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

  constructor(
    input: ModelInput,
    outputs: Record<string, Float64Array>,
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
    this.zGrowth = new Float64Array(n);
    this.innovations = new Float64Array(m * Math.max(0, n - 1));
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
    this.buoyancyMode = input.revenueBuoyancy;
    this.buoyancySigma = u.revenueBuoyancy;
  }

  /** The path's revenue buoyancy: drawn once per path when it has a σ. */
  buoyancy(rng: Sfc32): number {
    return this.buoyancySigma > 0 ? this.buoyancyMode + this.buoyancySigma * normal(rng) : this.buoyancyMode;
  }

  /**
   * Writes one path's rates for every uncertain input into its output array. A draw that takes
   * a rate to −100 % or below is drawn again for that input (the deflator given real growth's
   * accepted shock); after PERSISTENT_TRIES failures the shock is drawn without persistence, so
   * that a chain pushed far down by an earlier year cannot stall.
   */
  draw(rng: Sfc32, years: number): void {
    const m = this.rates.length;
    const { centres, free, sigmas, tables, outs, zGrowth } = this;
    const gi = this.growth;
    const di = this.deflator;
    const rho = this.rho;
    const innovation = this.innovation;
    const corr = this.corr;
    const corrRest = this.corrRest;
    // One input at a time, its years in order: model order puts real growth before the
    // deflator, so the deflator finds real growth's innovations of every year in zGrowth.
    // Every innovation of the path at once, in the order they are used (input by input, year by year).
    const innovations = this.innovations;
    const perInput = years - 1;
    fillNormals(rng, innovations, m * perInput);
    for (let k = 0; k < m; k++) {
      const out = outs[k]!;
      const table = tables[k]!;
      const skewed = table.length > 0;
      const sigma = sigmas[k]!;
      const row = k * years;
      let previous = 0;
      for (let i = 1; i < years; i++) {
        let z = innovations[k * perInput + i - 1]!;
        if (k === gi) zGrowth[i] = z;
        else if (k === di && gi >= 0) z = corr * zGrowth[i]! + corrRest * z;
        // The first growth year starts the chain at its stationary law.
        let shock = i === 1 ? z : rho * previous + innovation * z;
        // Outcome years keep the value the output array was filled with; the chain runs on.
        if (free[row + i] === 1) {
          const rate = centres[row + i]! + (skewed ? tabulatedDeviation(table, this.rates[k]!.skew!, shock) : sigma * shock);
          if (rate > -1) out[i] = rate;
          else shock = this.redraw(rng, k, i, previous);
        }
        previous = shock;
      }
    }
  }

  /** Draws input k of year i again until its rate lies above −100 %; returns the accepted shock. */
  private redraw(rng: Sfc32, k: number, i: number, previous: number): number {
    const r = this.rates[k]!;
    const centre = this.centres[k * r.free.length + i]!;
    for (let attempt = 1; attempt < MAX_REDRAWS; attempt++) {
      let z = normal(rng);
      if (k === this.deflator && this.growth >= 0) z = this.corr * this.zGrowth[i]! + this.corrRest * z;
      const shock = i === 1 || attempt >= PERSISTENT_TRIES ? z : this.rho * previous + this.innovation * z;
      const rate = centre + (r.table ? tabulatedDeviation(r.table, r.skew!, shock) : r.sigma * shock);
      if (rate > -1) {
        r.out[i] = rate;
        return shock;
      }
    }
    throw new Error(`uncertainty.${r.id}: σ too wide: the rate of year ${i} keeps falling to −100 %`);
  }
}
