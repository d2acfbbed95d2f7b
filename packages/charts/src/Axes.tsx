import { memo } from "react";
import { INK } from "./colors.js";
import { FONT, px, type ChartLayout } from "./chartLayout.js";

/**
 * Horizontal grid with value ticks on the left, years below, and the unit as a caption above the
 * axis. Memoised on the layout pieces it draws (kept as they were by stableModel when equal).
 */
export const Axes = memo(AxesLayer, (a, b) => {
  const x = a.layout;
  const y = b.layout;
  return x.plot === y.plot && x.xTicks === y.xTicks && x.yTicks === y.yTicks && x.caption === y.caption && x.yScale === y.yScale && x.pad === y.pad;
});

function AxesLayer({ layout }: { layout: ChartLayout }) {
  const { plot, yTicks, xTicks, caption } = layout;
  const [lo, hi] = layout.yScale.domain() as [number, number];
  const zero = lo < 0 && hi > 0 ? px(layout.yScale(0)) : undefined;
  return (
    <g className="axes">
      {caption && (
        <text className="axis__unit" x={layout.pad} y={caption.y} fontSize={FONT.caption} fill={INK.muted}>
          {caption.text}
        </text>
      )}
      <g className="axis axis--y">
        {yTicks.map((t) => (
          <g key={t.value} className="tick">
            <line x1={plot.left} x2={plot.right} y1={t.pos} y2={t.pos} stroke={INK.grid} strokeWidth={1} />
            <text x={plot.left - 6} y={px(t.pos + 3.5)} textAnchor="end" fontSize={FONT.tick} fill={INK.muted}>
              {t.label}
            </text>
          </g>
        ))}
        {zero !== undefined && <line x1={plot.left} x2={plot.right} y1={zero} y2={zero} stroke={INK.axis} strokeWidth={1} />}
      </g>
      <g className="axis axis--x">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={INK.axis} strokeWidth={1} />
        {xTicks.map((t) => (
          <g key={t.value} className="tick">
            <line x1={t.pos} x2={t.pos} y1={plot.bottom} y2={plot.bottom + 4} stroke={INK.axis} strokeWidth={1} />
            <text x={t.pos} y={plot.bottom + 16} textAnchor="middle" fontSize={FONT.tick} fill={INK.muted}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
    </g>
  );
}
