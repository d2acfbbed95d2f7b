import { isOutcome, type LocalizedText, type Projection, type Provenance, type Region, type Scenario } from "@lotrinh/core";
import { isActualYear, scenarioRate } from "./edits";
import { outcomeAt, type OutcomeKind } from "../outcomes/edits";

/**
 * What each rate editor shows, derived from the projection's resolved inputs.
 * Only primitives per cell, so that memoised rows re-render only when their own
 * value or status changes.
 */
export type CellStatus =
  | "plan"
  | "actual"
  | "estimate"
  | "assumption"
  | "scenario"
  | "edited"
  | "locked"
  | "linked"
  | "projected"
  | "backcast";

export interface RateCell {
  year: number;
  value: number;
  status: CellStatus;
  /** 1-based position of the source document in the region's source list. */
  sourceIndex?: number;
  note?: LocalizedText;
  /** An outcome from the region's sources: neither editable nor unlockable. */
  fixed: boolean;
  /** The scenario holds an outcome for the year (or marks it actual, version-1 form). */
  locked: boolean;
  /** The toggle "giả định" / "ước thực hiện" / "thực hiện" of the scenario's own outcome. */
  outcome: OutcomeKind;
  /** The source note of the scenario's outcome. */
  outcomeSource?: string;
  /** Differs from the base scenario: a reset is offered. */
  edited: boolean;
}

export type EditorKind = "rate" | "growth" | "override";

export interface RateEditorModel {
  indicator: string;
  name: LocalizedText;
  kind: EditorKind;
  min: number;
  max: number;
  cells: RateCell[];
}

export interface BuoyancyModel {
  value: number;
  status: CellStatus;
  note?: LocalizedText;
  edited: boolean;
}

export interface EditorModel {
  rates: RateEditorModel[];
  growth: RateEditorModel[];
  overrides: RateEditorModel[];
  buoyancy?: BuoyancyModel;
}

/** Slider ranges (fractions) wide enough for any plausible plan; typed values may go further. */
const RANGES: Record<string, [number, number]> = {
  grdpGrowth: [-0.1, 0.3],
  deflator: [-0.05, 0.15],
  populationGrowth: [-0.02, 0.05],
};
const RATE_RANGE: [number, number] = [-0.1, 0.3];
const GROWTH_RANGE: [number, number] = [-0.5, 1];
/** Indicators linked to the rate inputs; an explicit rate on them overrides the link. */
const LINKED = new Set(["grdp", "grdpPerCapita", "budgetRevenue"]);

function rangeFor(id: string, kind: EditorKind, cells: readonly RateCell[]): [number, number] {
  let [lo, hi] = RANGES[id] ?? (kind === "rate" ? RATE_RANGE : GROWTH_RANGE);
  // Keep every current value on the slider, widened to a round 10 % boundary.
  for (const c of cells) {
    if (c.value < lo) lo = Math.floor(c.value * 10) / 10;
    if (c.value > hi) hi = Math.ceil(c.value * 10) / 10;
  }
  return [lo, hi];
}

function sourceIndex(region: Region, source: string | undefined): number | undefined {
  if (!source) return undefined;
  const i = region.sources.findIndex((s) => s.id === source);
  return i >= 0 ? i + 1 : undefined;
}

function cellOf(
  region: Region,
  scenario: Scenario,
  base: Scenario,
  id: string,
  year: number,
  value: number,
  info: Provenance | undefined,
  linked: boolean,
): RateCell {
  const own = scenarioRate(scenario, id, year);
  const o = outcomeAt(scenario, id, year);
  const legacy = isActualYear(scenario, id, year);
  const edited = own !== scenarioRate(base, id, year) || !sameOutcome(o, outcomeAt(base, id, year));
  const locked = legacy || o !== undefined;
  const fixed = !!info && isOutcome(info.status) && !info.edited;
  let status: CellStatus;
  if (o?.status === "estimate") status = "estimate";
  else if (locked) status = "locked";
  else if (fixed) status = info!.status === "estimate" ? "estimate" : "actual";
  else if (edited) status = "edited";
  else if (own !== undefined) status = "scenario";
  else if (linked) status = "linked";
  else status = info?.status === "plan" ? "plan" : "assumption";
  return {
    year,
    value,
    status,
    sourceIndex: fixed || status === "plan" ? sourceIndex(region, info?.source) : undefined,
    note: info?.note,
    fixed,
    locked,
    outcome: o ? o.status : legacy ? "actual" : "none",
    outcomeSource: o?.source,
    edited,
  };
}

function sameOutcome(a: ReturnType<typeof outcomeAt>, b: ReturnType<typeof outcomeAt>): boolean {
  return a === b || (!!a && !!b && a.value === b.value && a.status === b.status && a.source === b.source);
}

function sameCell(a: RateCell, b: RateCell): boolean {
  return (
    a.year === b.year &&
    Object.is(a.value, b.value) &&
    a.status === b.status &&
    a.sourceIndex === b.sourceIndex &&
    a.note?.vi === b.note?.vi &&
    a.fixed === b.fixed &&
    a.locked === b.locked &&
    a.outcome === b.outcome &&
    a.outcomeSource === b.outcomeSource &&
    a.edited === b.edited
  );
}

/** Whether an editor shows the same thing: a slider input changes one editor, not the other nine. */
export function sameEditor(a: RateEditorModel, b: RateEditorModel): boolean {
  return (
    a === b ||
    (a.indicator === b.indicator &&
      a.name === b.name &&
      a.kind === b.kind &&
      a.min === b.min &&
      a.max === b.max &&
      a.cells.length === b.cells.length &&
      a.cells.every((c, i) => sameCell(c, b.cells[i]!)))
  );
}

export function editorModel(projection: Projection, scenario: Scenario, base: Scenario): EditorModel {
  const input = projection.input;
  const region = input.region;
  const model: EditorModel = { rates: [], growth: [], overrides: [] };
  for (const ind of input.indicators) {
    const overridden = LINKED.has(ind.id) && scenario.rates !== undefined && Object.hasOwn(scenario.rates, ind.id);
    const kind: EditorKind | undefined =
      ind.kind === "rate" ? "rate" : ind.kind === "level" && ind.linkage === "own" ? "growth" : overridden ? "override" : undefined;
    if (!kind) continue;
    const rates = input.rates[ind.id]!;
    const growth = projection.series[ind.id]?.growth;
    const cells: RateCell[] = [];
    for (let i = 1; i < input.years.length; i++) {
      const explicit = rates[i]!;
      const linkedValue = kind === "override" && Number.isNaN(explicit);
      // No rate given means the model holds the level (or rate) flat: show that as 0.
      const value = linkedValue ? (growth?.[i] ?? 0) : Number.isNaN(explicit) ? 0 : explicit;
      cells.push(cellOf(region, scenario, base, ind.id, input.years[i]!, value, input.rateInfo[ind.id]![i], linkedValue));
    }
    const [min, max] = rangeFor(ind.id, kind, cells);
    const entry: RateEditorModel = { indicator: ind.id, name: ind.short ?? ind.name, kind, min, max, cells };
    (kind === "rate" ? model.rates : kind === "growth" ? model.growth : model.overrides).push(entry);
  }
  if (input.indicators.some((d) => d.id === "budgetRevenue")) {
    const own = scenario.params?.revenueBuoyancy;
    const edited = own !== base.params?.revenueBuoyancy;
    const info = input.revenueBuoyancyInfo;
    model.buoyancy = {
      value: input.revenueBuoyancy,
      status: edited ? "edited" : own !== undefined ? "scenario" : info.status === "plan" ? "plan" : "assumption",
      note: info.note,
      edited,
    };
  }
  return model;
}
