import { memo } from "react";
import type { ChartData, ChartSeriesData } from "./chartData.js";
import type { ChartPoint } from "./chartPoints.js";
import { px, type ChartLayout } from "./chartLayout.js";
import { Marker } from "./Marker.js";
import { pointTitlesOf, seriesRunsOf } from "./drawing.js";
import { RUN_DASH } from "./seriesPaths.js";

interface Props {
  series: ChartSeriesData;
  layout: ChartLayout;
  /** The chart's data, whose unit, language and scenario count the titles read. */
  data: ChartData;
  activeYear: number | undefined;
  onFocusYear: ((year: number) => void) | undefined;
}

/**
 * One scenario's line: solid where firm, dashed where projected, dotted where back-cast.
 * Memoised: a series whose points and scales did not move is not drawn again.
 */
export const SeriesLine = memo(Line, (a: LineProps, b: LineProps) => {
  const s = a.series;
  const t = b.series;
  if (a.layout.xScale !== b.layout.xScale || a.layout.yScale !== b.layout.yScale) return false;
  if (s.key !== t.key || s.color !== t.color || s.reference !== t.reference || s.points.length !== t.points.length) return false;
  return s.points.every((p, i) => {
    const q = t.points[i]!;
    return p.year === q.year && p.value === q.value && p.status === q.status;
  });
});

type LineProps = Pick<Props, "series" | "layout">;

function Line({ series, layout }: LineProps) {
  const width = series.reference ? 2.5 : 2;
  return (
    <g className={`series series--${series.reference ? "reference" : "other"}`} data-series={series.key}>
      {seriesRunsOf(series, layout).map((run, i) => (
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
export function SeriesMarks({ series, layout, data, activeYear, onFocusYear }: Props) {
  const titles = pointTitlesOf(series, data);
  return (
    <g className="marks" data-series={series.key}>
      {series.points.map((p, i) => (
        <Mark
          key={p.year}
          year={p.year}
          x={px(layout.xScale(p.year))}
          y={px(layout.yScale(p.value))}
          className={`mark mark--${p.status}${p.anchor ? " mark--anchor" : ""}`}
          status={p.status}
          title={titles[i]!}
          color={series.color}
          active={activeYear === p.year}
          onFocusYear={onFocusYear}
        />
      ))}
    </g>
  );
}

interface MarkProps {
  year: number;
  x: number;
  y: number;
  className: string;
  status: ChartPoint["status"];
  title: string;
  color: string;
  active: boolean;
  onFocusYear: ((year: number) => void) | undefined;
}

/** One year's mark; its props are primitives, so that the years a slider did not move are skipped. */
const Mark = memo(function Mark({ year, x, y, className, status, title, color, active, onFocusYear }: MarkProps) {
  return (
    <g className={className} tabIndex={0} data-year={year} onFocus={onFocusYear && (() => onFocusYear(year))}>
      <title>{title}</title>
      <circle className="mark__hit" cx={x} cy={y} r={9} fill="none" pointerEvents="all" />
      {active && <circle cx={x} cy={y} r={8} fill="none" stroke={color} strokeWidth={1.5} />}
      <Marker status={status} x={x} y={y} color={color} />
    </g>
  );
});
