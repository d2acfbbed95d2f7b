import type { FanSeries, RunningFan } from "@lotrinh/core/risk";

/** Quantile levels of a fan, as core's FAN_QUANTILES: 5, 20, 35, 50, 65, 80, 95 %. */
const K = 7;

/** One year of a fan in model units (fractions for rates): the 90, 60 and 30 % bands and the median. */
export interface FanYear {
  year: number;
  q05: number;
  q20: number;
  q35: number;
  q50: number;
  q65: number;
  q80: number;
  q95: number;
}

/** Central bands drawn, widest first: [lower, upper] quantile keys and the band's share of paths. */
export const FAN_BANDS = [
  { share: 0.9, lo: "q05", hi: "q95" },
  { share: 0.6, lo: "q20", hi: "q80" },
  { share: 0.3, lo: "q35", hi: "q65" },
] as const;

/**
 * A Monte Carlo fan of one indicator (core's `FanSeries` or `RunningFan`, indexed like the
 * projection's years) as the years a chart can draw: every year whose seven quantiles are numbers.
 */
export function fanYears(fan: FanSeries | RunningFan, years: readonly number[]): FanYear[] {
  const out: FanYear[] = [];
  for (let i = 0; i < years.length; i++) {
    const q = fan.quantiles.subarray(i * K, i * K + K);
    if (q.length < K || !q.every(Number.isFinite)) continue;
    out.push({ year: years[i]!, q05: q[0]!, q20: q[1]!, q35: q[2]!, q50: q[3]!, q65: q[4]!, q80: q[5]!, q95: q[6]! });
  }
  return out;
}
