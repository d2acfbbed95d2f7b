import { memo } from "react";
import type { Lang, Verdict } from "@lotrinh/core";
import { INK } from "./colors.js";
import type { ChartData } from "./chartData.js";
import type { TargetVerdict } from "./chartTargets.js";
import { VERDICT_ICON } from "./targetLabels.js";
import { targetMarksOf } from "./drawing.js";
import { FONT, px, type ChartLayout } from "./chartLayout.js";
import { TargetSymbol } from "./Marker.js";
import { verdictClass, verdictWithBasis } from "./verdictText.js";

function verdictColor(verdict: Verdict): string {
  const c = verdictClass(verdict);
  return c === "none" ? INK.muted : c === "met" ? INK.met : INK.missed;
}

/**
 * The icon's strokes in a VERDICT_ICON square whose top left is (x, y): a check for met or
 * exceeded, a cross for not met, a dash for no data. Shapes differ, so the verdict never rests on colour.
 */
function verdictIconPath(verdict: Verdict, x: number, y: number): string {
  const s = VERDICT_ICON / 10;
  const p = (dx: number, dy: number) => `${px(x + dx * s)},${px(y + dy * s)}`;
  const c = verdictClass(verdict);
  if (c === "none") return `M${p(2, 5)}L${p(8, 5)}`;
  return c === "met" ? `M${p(1, 5.5)}L${p(4, 8.5)}L${p(9, 1.5)}` : `M${p(1.75, 1.75)}L${p(8.25, 8.25)}M${p(8.25, 1.75)}L${p(1.75, 8.25)}`;
}

/**
 * One verdict icon with a white halo (lines may run under it) and a title naming the scenario and
 * verdict. Its props are primitives and it is memoised: a slider's move redraws only icons that moved.
 */
const VerdictIcon = memo(function VerdictIcon({ verdict, basis, label, x, baseline, color, lang }: {
  verdict: Verdict;
  basis: TargetVerdict["basis"];
  label: string;
  x: number;
  baseline: number;
  color: string;
  lang: Lang;
}) {
  // Centred on the middle of a capital letter (cap height ≈ 0.7 em), like the glyph it replaces.
  const d = verdictIconPath(verdict, x, px(baseline - FONT.label * 0.35 - VERDICT_ICON / 2));
  return (
    <g className={`target__verdict-icon target__verdict-icon--${verdictClass(verdict)}`}>
      <title>{`${label}: ${verdictWithBasis(verdict, basis, lang)}`}</title>
      <path d={d} fill="none" stroke={INK.background} strokeWidth={4.5} strokeLinecap="round" strokeLinejoin="round" />
      <path d={d} fill="none" stroke={color} strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" />
    </g>
  );
});

/** A label's text with a white halo; memoised on its primitive props like the icons. */
const HaloText = memo(function HaloText({ className, x, y, anchor, fill, bold, text }: {
  className: string;
  x: number;
  y: number;
  anchor: "start" | "end";
  fill: string;
  bold: boolean;
  text: string;
}) {
  return (
    <text
      className={className}
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={FONT.label}
      fontWeight={bold ? 600 : undefined}
      fill={fill}
      stroke={INK.background}
      strokeWidth={3}
      paintOrder="stroke"
    >
      {text}
    </text>
  );
});

type TargetProps = { data: ChartData; layout: ChartLayout };

/** Whether two renders draw the same target bands and lines: same scales, same targets' spans and values. */
function sameTargetGeometry(a: TargetProps, b: TargetProps): boolean {
  if (a.layout.xScale !== b.layout.xScale || a.layout.yScale !== b.layout.yScale) return false;
  const s = a.data.targets;
  const t = b.data.targets;
  return (
    s.length === t.length &&
    s.every((x, i) => {
      const y = t[i]!;
      return (
        x.target.id === y.target.id && x.value === y.value && x.shape === y.shape && x.fromYear === y.fromYear && x.year === y.year &&
        x.active === y.active && x.band?.[0] === y.band?.[0] && x.band?.[1] === y.band?.[1]
      );
    })
  );
}

/** Background bands of `about` targets, drawn under the series (memoised: a slider does not move them). */
export const TargetBands = memo(Bands, sameTargetGeometry);

function Bands({ data, layout }: TargetProps) {
  return (
    <g className="target-bands">
      {data.targets.map((t) => {
        if (!t.band || !Number.isFinite(t.value)) return null;
        const x0 = t.shape === "line" ? layout.xScale(t.fromYear) : layout.xScale(t.year) - 14;
        const x1 = t.shape === "line" ? layout.xScale(t.year) : layout.xScale(t.year) + 14;
        const y0 = layout.yScale(t.band[1]);
        const y1 = layout.yScale(t.band[0]);
        return (
          <rect
            key={t.target.id}
            className="target__band"
            x={px(x0)}
            y={px(y0)}
            width={px(x1 - x0)}
            height={px(Math.max(1, y1 - y0))}
            fill={INK.band}
            fillOpacity={t.active ? 0.1 : 0.05}
          />
        );
      })}
    </g>
  );
}

/** Lines of sum and average targets over their span, drawn under the series so the data stays visible (memoised as the bands). */
export const TargetLines = memo(Lines, sameTargetGeometry);

function Lines({ data, layout }: TargetProps) {
  return (
    <g className="target-lines">
      {data.targets.map((t) => {
        if (t.shape !== "line" || !Number.isFinite(t.value)) return null;
        const y = px(layout.yScale(t.value));
        return (
          <line
            key={t.target.id}
            className={`target__line target__line--${t.active ? "active" : "alternative"}`}
            x1={px(layout.xScale(t.fromYear))}
            x2={px(layout.xScale(t.year))}
            y1={y}
            y2={y}
            stroke={t.active ? INK.target : INK.targetAlt}
            strokeWidth={1.5}
            strokeDasharray={t.active ? undefined : "5 4"}
          />
        );
      })}
    </g>
  );
}

/**
 * Targets over the series: level and annual-rate targets as a symbol at their year,
 * sums and averages as a line over their span. Alternative readings are dashed and grey.
 */
export function TargetLayer({ data, layout }: { data: ChartData; layout: ChartLayout }) {
  return (
    <g className="targets">
      {targetMarksOf(data, layout).map(({ target: t, x, y, place, parts, geometry, title }) => {
        const color = t.active ? INK.target : INK.targetAlt;
        const cls = `target target--${t.target.kind} target--${t.active ? "active" : "alternative"}`;
        const single = t.verdicts.length === 1;
        return (
          <g key={t.target.id} className={cls} data-target={t.target.id}>
            <title>{title}</title>
            <TargetSymbol x={x} y={y} color={color} dashed={!t.active} />
            <HaloText className="target__label" x={geometry.labelX} y={place.y} anchor="end" fill={t.active ? INK.text : INK.muted} bold={false} text={parts.label} />
            {/* Single scenario: the icon in the verdict colour, then the verdict word. Compare: one icon per scenario in its colour, in legend order. */}
            {parts.icons.map((v, i) => (
              <VerdictIcon
                key={v.key}
                verdict={v.verdict}
                basis={v.basis}
                label={v.label}
                x={geometry.iconXs[i]!}
                baseline={place.y}
                color={single ? verdictColor(v.verdict) : v.color}
                lang={data.lang}
              />
            ))}
            {parts.word !== undefined && geometry.wordX !== undefined && (
              <HaloText className="target__verdict" x={geometry.wordX} y={place.y} anchor="start" fill={verdictColor(t.verdicts[0]!.verdict)} bold text={parts.word} />
            )}
          </g>
        );
      })}
    </g>
  );
}
