import { isOutcome, type LocalizedText, type Projection, type Scenario } from "@lotrinh/core";
import type { CellStatus } from "../state/editorModel";
import { outcomeAt, type OutcomeKind } from "./edits";

/** One year of one level indicator as its outcome row shows it. Primitives only, for memo. */
export interface LevelCell {
  year: number;
  /** The path's value (NaN where the model has none). */
  value: number;
  status: CellStatus;
  /** An outcome of the region's sources: shown, not editable. */
  fixed: boolean;
  outcome: OutcomeKind;
  outcomeSource?: string;
  edited: boolean;
  sourceIndex?: number;
}

export interface LevelEditorModel {
  indicator: string;
  name: LocalizedText;
  unit: string;
  /** Outcomes the scenario holds for this indicator. */
  entered: number;
  cells: LevelCell[];
}

function levelAt(s: Scenario, id: string, year: number): number | undefined {
  const t = s.levels;
  if (!t || !Object.hasOwn(t, id) || !Object.hasOwn(t[id]!, String(year))) return undefined;
  return t[id]![String(year)];
}

function sameOutcome(a: ReturnType<typeof outcomeAt>, b: ReturnType<typeof outcomeAt>): boolean {
  return a === b || (!!a && !!b && a.value === b.value && a.status === b.status && a.source === b.source);
}

/**
 * Level rows for outcomes: every level and tracked indicator with a real level (an index
 * path, B = 100, has no figure a report could give), every year of the term.
 */
export function levelEditors(projection: Projection, scenario: Scenario, base: Scenario): LevelEditorModel[] {
  const input = projection.input;
  const out: LevelEditorModel[] = [];
  for (const ind of input.indicators) {
    const series = projection.series[ind.id];
    if (!series || (ind.kind !== "level" && ind.kind !== "tracked") || series.isIndex) continue;
    const cells: LevelCell[] = [];
    let entered = 0;
    input.years.forEach((year, i) => {
      const o = outcomeAt(scenario, ind.id, year);
      if (o) entered++;
      const fixedInfo = input.levelInfo[ind.id]?.[i];
      const fixed = !!fixedInfo && isOutcome(fixedInfo.status) && !fixedInfo.edited;
      const own = levelAt(scenario, ind.id, year);
      const edited = own !== levelAt(base, ind.id, year) || !sameOutcome(o, outcomeAt(base, ind.id, year));
      const p = series.provenance[i];
      let status: CellStatus;
      if (o) status = o.status === "estimate" ? "estimate" : "locked";
      else if (fixed) status = fixedInfo!.status === "estimate" ? "estimate" : "actual";
      else if (own !== undefined) status = edited ? "edited" : "scenario";
      else status = p?.status === "plan" ? "plan" : p?.status === "backcast" ? "backcast" : p?.status === "assumption" ? "assumption" : "projected";
      const src = fixed || status === "plan" ? p?.source : undefined;
      const idx = src ? input.region.sources.findIndex((s) => s.id === src) : -1;
      cells.push({
        year,
        value: series.values[i]!,
        status,
        fixed,
        outcome: o ? o.status : "none",
        outcomeSource: o?.source,
        edited,
        sourceIndex: idx >= 0 ? idx + 1 : undefined,
      });
    });
    out.push({ indicator: ind.id, name: ind.short ?? ind.name, unit: series.unit, entered, cells });
  }
  return out;
}
