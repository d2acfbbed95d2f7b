import type { CompiledFormula, ModelInput } from "../model/types.js";
import { isOutcome } from "../model/types.js";
import { isRateInput } from "../indicators.js";
import { project } from "../model/project.js";
import { measure } from "../targets/measure.js";
import type { TargetSpec } from "../targets/types.js";
import type { LocalizedText } from "../indicators.js";
import type { SensitivityBar, TargetSensitivity } from "./types.js";

/** One percentage point, as a fraction. */
export const SENSITIVITY_STEP = 0.01;

/** The revenue buoyancy's bar: the coefficient moved by a tenth (1.1 → 1.0 and 1.2). */
export const BUOYANCY_INPUT = "revenueBuoyancy";
export const BUOYANCY_STEP = 0.1;
/** Its name wherever a tornado names its inputs; the step is in the name, since it is not a point. */
export const BUOYANCY_NAME: LocalizedText = { vi: "Hệ số đàn hồi thu ngân sách (±0,1)", en: "Revenue buoyancy (±0.1)" };

/** The input with one rate input moved by `delta` in every free year (every growth year whose rate is not an outcome). */
function shifted(input: ModelInput, id: string, delta: number): ModelInput {
  const rates = input.rates[id]!.slice();
  const info = input.rateInfo[id]!;
  for (let i = 1; i < rates.length; i++) {
    if (isOutcome(info[i]?.status)) continue;
    // A year without a rate is held flat (0 %): the step moves it from there.
    rates[i] = (Number.isNaN(rates[i]!) ? 0 : rates[i]!) + delta;
  }
  return { ...input, rates: { ...input.rates, [id]: rates } };
}

/**
 * Tornado data (DESIGN section 1, sensitivity): for each target, the change of its measured
 * value when each rate input (rate indicators and own-growth levels) moves by −1 and +1
 * percentage point over its free years, the others held, and when the revenue buoyancy moves
 * by −0.1 and +0.1 (revenue's one other input: a planner weighs that assumption too); ranked by
 * the swing |up − down|, widest first. Inputs that do not move a target are left out of its bars.
 */
export function sensitivity(
  input: ModelInput,
  targets: readonly TargetSpec[],
  formulas: readonly CompiledFormula[] = [],
  step = SENSITIVITY_STEP,
): TargetSensitivity[] {
  const base = project(input, formulas);
  const ids = input.indicators.filter((d) => isRateInput(d)).map((d) => d.id);
  const moved = ids.map((id) => ({
    id,
    step,
    down: project(shifted(input, id, -step), formulas),
    up: project(shifted(input, id, step), formulas),
  }));
  if (input.indicators.some((d) => d.linkage === "budgetRevenue")) {
    const b = input.revenueBuoyancy;
    moved.push({
      id: BUOYANCY_INPUT,
      step: BUOYANCY_STEP,
      down: project({ ...input, revenueBuoyancy: b - BUOYANCY_STEP }, formulas),
      up: project({ ...input, revenueBuoyancy: b + BUOYANCY_STEP }, formulas),
    });
  }
  return targets.map((t) => {
    const s = base.series[t.indicator];
    const projected = s ? measure(s, t, input.base) : NaN;
    const bars: SensitivityBar[] = [];
    if (s && s.kind !== "tracked") {
      for (const m of moved) {
        const down = measure(m.down.series[t.indicator]!, t, input.base) - projected;
        const up = measure(m.up.series[t.indicator]!, t, input.base) - projected;
        const tiny = 1e-12 * Math.max(1, Math.abs(projected));
        if (Math.abs(down) <= tiny && Math.abs(up) <= tiny) continue;
        bars.push({ input: m.id, step: m.step, down, up });
      }
      bars.sort((a, b) => Math.abs(b.up - b.down) - Math.abs(a.up - a.down) || a.input.localeCompare(b.input));
    }
    return { id: t.id, projected, bars };
  });
}
