import { useCallback, useEffect, useRef } from "react";
import type { Region, Scenario } from "@lotrinh/core";
import { rangeNeighbours, stepAheadScenarios } from "../state/stepAhead";
import { prepareChartsAhead } from "../state/chartsAhead";
import { afterPaint } from "./idle";
import { presimulate } from "./useSimulation";

/**
 * While a rate slider has focus, the scenarios of its next step down and up are simulated once
 * each of its moves is painted: an arrow key then finds its simulation ready and its task only
 * renders (a key repeats every 30–50 ms; the simulation would otherwise run on a cold machine in
 * the key's own task), and the charts in view prepare their models from those simulations
 * (chartsAhead.ts). Returns the handler for the inputs panel's focus and input events; a slider
 * is known by its data-indicator and data-year attributes.
 */
export function useStepAhead(region: Region, base: Scenario, scenario: Scenario): (e: { target: EventTarget | null }) => void {
  const latest = useRef({ region, base, scenario });
  latest.current = { region, base, scenario };
  const pending = useRef<(() => void) | undefined>(undefined);
  useEffect(
    () => () => {
      pending.current?.();
    },
    [],
  );
  return useCallback((e: { target: EventTarget | null }) => {
    const slider = e.target;
    if (!(slider instanceof HTMLInputElement) || slider.type !== "range" || slider.disabled) return;
    const { indicator, year } = slider.dataset;
    if (!indicator || !year) return;
    pending.current?.();
    // After the move's render: the latest scenario is the one the next key press edits.
    pending.current = afterPaint.request(() => {
      pending.current = undefined;
      const { region, base, scenario } = latest.current;
      const values = rangeNeighbours(slider.value, slider.min, slider.max, slider.step);
      const next = stepAheadScenarios(region, base, scenario, indicator, Number(year), values).map((s) => presimulate(region, s).result);
      prepareChartsAhead(next.flatMap((r) => (r.ok ? [r.value] : [])));
    });
  }, []);
}
