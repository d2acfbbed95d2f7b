import { memo, useId, useMemo, useRef, type ReactElement } from "react";
import { ChartSvg } from "./ChartSvg.js";
import type { ChartModel } from "./chartModel.js";
import { chartModelFor } from "./preparedModel.js";
import { stableModel } from "./stableModel.js";
import type { TrajectoryChartProps } from "./types.js";

/** A prefix usable in ids and in aria-labelledby lists (useId may contain ':' or '«»'). */
function safeId(id: string): string {
  return "lt" + id.replace(/[^A-Za-z0-9_-]/g, "");
}

/**
 * The trajectory chart of one indicator: scenarios, provenance marks, targets and verdicts,
 * as plain SVG. The model is memoised on the inputs (or found made ahead: prepareChartModel),
 * and the chart skips a render whose props are all the same as before (a card that defers its
 * update passes the same `series`): pass stable `series` arrays.
 */
export const TrajectoryChart = memo(function TrajectoryChart(props: TrajectoryChartProps): ReactElement {
  const { indicator, series, lang, width, height, view, idPrefix, activeYear, onActiveYearChange, sourceOrder } = props;
  const autoId = useId();
  // The previous model's unchanged pieces are kept (stableModel), so that memoised layers skip.
  const previous = useRef<ChartModel | undefined>(undefined);
  const model = useMemo(
    () => stableModel(previous.current, chartModelFor({ indicator, series, lang, width, height, view, ...(sourceOrder ? { sourceOrder } : {}) })),
    [indicator, series, lang, width, height, view, sourceOrder],
  );
  previous.current = model;
  return (
    <ChartSvg
      model={model}
      idPrefix={idPrefix ?? safeId(autoId)}
      activeYear={activeYear}
      onActiveYearChange={onActiveYearChange}
      standalone={false}
    />
  );
});
