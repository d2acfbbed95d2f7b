import type { Lang } from "@lotrinh/core";
import type { ChartSeriesData } from "./chartData.js";
import { px, type ChartLayout } from "./chartLayout.js";
import { Marker } from "./Marker.js";
import { pointTitle } from "./pointText.js";
import { RUN_DASH, seriesRuns } from "./seriesPaths.js";

interface Props {
  series: ChartSeriesData;
  layout: ChartLayout;
  unit: string;
  lang: Lang;
  compare: boolean;
  activeYear: number | undefined;
  onFocusYear: ((year: number) => void) | undefined;
}

/** One scenario's line: solid where firm, dashed where projected, dotted where back-cast. */
export function SeriesLine({ series, layout }: Pick<Props, "series" | "layout">) {
  const width = series.reference ? 2.5 : 2;
  return (
    <g className={`series series--${series.reference ? "reference" : "other"}`} data-series={series.key}>
      {seriesRuns(series.points, layout).map((run, i) => (
        <path
          key={i}
          className={`series__line series__line--${run.style}`}
          d={run.d}
          fill="none"
          stroke={series.color}
          strokeWidth={width}
          strokeDasharray={RUN_DASH[run.style]}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      ))}
    </g>
  );
}

/**
 * One focusable mark per year. The native <title> gives value, status and source,
 * the same words the in-chart focus label shows.
 */
export function SeriesMarks({ series, layout, unit, lang, compare, activeYear, onFocusYear }: Props) {
  return (
    <g className="marks" data-series={series.key}>
      {series.points.map((p) => {
        const x = px(layout.xScale(p.year));
        const y = px(layout.yScale(p.value));
        const cls = `mark mark--${p.status}${p.anchor ? " mark--anchor" : ""}`;
        return (
          <g key={p.year} className={cls} tabIndex={0} data-year={p.year} onFocus={onFocusYear && (() => onFocusYear(p.year))}>
            <title>{pointTitle(series, p, unit, lang, compare)}</title>
            <circle className="mark__hit" cx={x} cy={y} r={9} fill="none" pointerEvents="all" />
            {activeYear === p.year && <circle cx={x} cy={y} r={8} fill="none" stroke={series.color} strokeWidth={1.5} />}
            <Marker status={p.status} x={x} y={y} color={series.color} />
          </g>
        );
      })}
    </g>
  );
}
