import { memo, type FocusEvent, type KeyboardEvent, type PointerEvent } from "react";
import { FONT_FAMILY, INK } from "./colors.js";
import { yearAfterKey, yearAt } from "./activeYear.js";
import { Axes } from "./Axes.js";
import type { ChartModel } from "./chartModel.js";
import { FONT, type ChartLayout, type TextLine } from "./chartLayout.js";
import { FocusLabel } from "./FocusLabel.js";
import { Legend } from "./Legend.js";
import { FanLayer } from "./FanLayer.js";
import { SeriesLine, SeriesMarks } from "./SeriesLayer.js";
import { TargetBands, TargetLayer, TargetLines } from "./TargetLayer.js";

export interface ChartSvgProps {
  model: ChartModel;
  idPrefix: string;
  activeYear: number | undefined;
  onActiveYearChange: ((year: number | undefined) => void) | undefined;
  /** A file of its own: visible title, white background, font declared in a <style>. */
  standalone: boolean;
}

const STYLE = `svg{font-family:${FONT_FAMILY}}`;

/**
 * Title, subtitle or source lines. Memoised on the lines array, which stableModel keeps while the
 * text and positions are the same: a slider's move does not redraw them.
 */
const TextLines = memo(function TextLines({ lines, className, x, fontSize, fontWeight, fill }: {
  lines: TextLine[];
  className: string;
  x: number;
  fontSize: number;
  fontWeight?: number;
  fill: string;
}) {
  return lines.map((l, i) => (
    <text key={i} className={className} x={x} y={l.y} fontSize={fontSize} fontWeight={fontWeight} fill={fill}>
      {l.text}
    </text>
  ));
});

/** The plot's pointer target, memoised on the plot box (kept by stableModel while it does not move). */
const PlotOverlay = memo(function PlotOverlay({ plot }: { plot: ChartLayout["plot"] }) {
  return (
    <rect
      className="plot__overlay"
      x={plot.left}
      y={plot.top}
      width={plot.right - plot.left}
      height={plot.bottom - plot.top}
      fill="none"
      pointerEvents="all"
    />
  );
});

/** The chart as plain SVG: React renders it, d3 only computed the numbers in `model`. */
export function ChartSvg({ model, idPrefix, activeYear, onActiveYearChange, standalone }: ChartSvgProps) {
  const { data, layout } = model;
  const { plot } = layout;
  const change = onActiveYearChange;
  const interactive = change !== undefined;
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    // offsetX is relative to the <svg>, which is drawn 1:1 with its viewBox (width = viewBox width).
    const year = yearAt(layout, e.nativeEvent.offsetX, data.base, data.end);
    if (year !== activeYear) change?.(year);
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const next = yearAfterKey(e.key, activeYear, data.base, data.end);
    if (next === null) return;
    e.preventDefault();
    change?.(next);
  };
  const onBlur = (e: FocusEvent<SVGSVGElement>) => {
    // Moving between marks of the same chart keeps the label; leaving the chart clears it.
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) change?.(undefined);
  };
  const seriesBackToFront = [...data.series].reverse();
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      className="lotrinh-chart"
      fontFamily={FONT_FAMILY}
      fontSize={FONT.tick}
      data-indicator={data.indicator}
      data-view={data.view}
      onKeyDown={interactive ? onKeyDown : undefined}
      onBlur={interactive ? onBlur : undefined}
    >
      <title id={`${idPrefix}-title`}>{model.title}</title>
      <desc id={`${idPrefix}-desc`}>{model.description}</desc>
      {standalone && <style>{STYLE}</style>}
      {standalone && <rect className="background" width={layout.width} height={layout.height} fill={INK.background} />}
      <TextLines lines={layout.titleLines} className="chart__title" x={layout.pad} fontSize={FONT.title} fontWeight={600} fill={INK.text} />
      <TextLines lines={layout.subtitleLines} className="chart__subtitle" x={layout.pad} fontSize={FONT.subtitle} fill={INK.muted} />
      <Legend items={layout.legend} />
      <Axes layout={layout} />
      <TargetBands data={data} layout={layout} />
      <g
        className="plot"
        onPointerMove={interactive ? onPointerMove : undefined}
        onPointerLeave={interactive ? () => change?.(undefined) : undefined}
      >
        <PlotOverlay plot={plot} />
        <TargetLines data={data} layout={layout} />
        <FanLayer series={seriesBackToFront} layout={layout} />
        {/* The reference scenario is drawn last, on top of the others. */}
        {seriesBackToFront.map((s) => (
          <SeriesLine key={s.key} series={s} layout={layout} />
        ))}
        <TargetLayer data={data} layout={layout} />
        {seriesBackToFront.map((s) => (
          <SeriesMarks
            key={s.key}
            series={s}
            layout={layout}
            data={data}
            activeYear={activeYear}
            onFocusYear={change}
          />
        ))}
      </g>
      <FocusLabel data={data} layout={layout} year={activeYear} />
      <TextLines lines={layout.sourceLines} className="chart__source" x={layout.pad} fontSize={FONT.source} fill={INK.muted} />
    </svg>
  );
}
