import { formatPercent, type Lang, type ModelIndicator, type Provenance } from "@lotrinh/core";
import type { ReportScenario } from "./types.js";
import { STATUS_MARKS } from "./words.js";

export interface AssumptionCell {
  text: string;
  status: Provenance["status"];
  /** Differs from the first scenario's value for the same year. */
  differs: boolean;
}

export interface AssumptionRow {
  indicator: string;
  name: string;
  scenario: string;
  /** True on the first scenario's row of each indicator: the table starts a group there. */
  first: boolean;
  cells: AssumptionCell[];
}

/**
 * The rate inputs of every scenario: the rate indicators and the level indicators'
 * own growth paths (linked ones follow GRDP and are not inputs). One row per
 * indicator and scenario, one column per growth year.
 */
export function assumptionRows(indicators: readonly ModelIndicator[], scenarios: readonly ReportScenario[], lang: Lang): AssumptionRow[] {
  const reference = scenarios[0]?.simulation.projection.input;
  if (!reference) return [];
  const inputs = indicators.filter((d) => d.kind === "rate" || d.linkage === "own");
  const growthYears = reference.years.slice(1).map((y) => y - reference.base);
  const rows: AssumptionRow[] = [];
  for (const ind of inputs) {
    scenarios.forEach((s, k) => {
      const input = s.simulation.projection.input;
      const cells = growthYears.map((i) => {
        const value = input.rates[ind.id]?.[i] ?? NaN;
        const status = input.rateInfo[ind.id]?.[i]?.status ?? "projected";
        const mark = STATUS_MARKS[status][lang];
        const ref = reference.rates[ind.id]?.[i] ?? NaN;
        return { text: `${formatPercent(value, lang)}${mark ? ` ${mark}` : ""}`, status, differs: k > 0 && Math.abs(value - ref) > 1e-12 };
      });
      rows.push({ indicator: ind.id, name: ind.name[lang], scenario: s.name, first: k === 0, cells });
    });
  }
  return rows;
}
