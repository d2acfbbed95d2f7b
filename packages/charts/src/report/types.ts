import type { Lang, Region, Scenario, Simulation } from "@lotrinh/core";
import type { RiskReport } from "@lotrinh/core/risk";

export interface ReportScenario {
  key: string;
  name: string;
  illustrative: boolean;
  /** The scenario's own colour (the app fixes one per scenario); by position when absent. */
  color?: string;
  scenario: Scenario;
  simulation: Simulation;
  /**
   * The scenario's Monte Carlo run and tornadoes (core `simulateRisk`). Optional: without it the
   * report renders without probabilities, fans and tornado.
   */
  risk?: RiskReport;
}

export interface ReportInput {
  region: Region;
  /** 1–4 scenarios; the first is the reference the others are compared with. */
  scenarios: ReportScenario[];
  lang: Lang;
  /** The report's date, printed on it. */
  date: Date;
  /** Width of the charts in CSS px: an A4 page less 2 × 18 mm margins is about 660 px. */
  chartWidth?: number;
  /** The target whose tornado the risk section draws (default: the first priority term target). */
  tornadoTarget?: string;
}
