import type { Projection } from "@lotrinh/core";

/** The indicators leadership follows, in this order, when the region has them: the app's and the embed's charts. */
export const KEY_INDICATORS = ["grdpGrowth", "grdpPerCapita", "budgetRevenue", "investment", "touristVisits", "tourismRevenue"];

export function chartIndicators(projection: Projection): string[] {
  const region = projection.input.region;
  return KEY_INDICATORS.filter((id) => id === "grdpGrowth" || Object.hasOwn(region.indicators, id));
}
