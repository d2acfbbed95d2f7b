import { INK } from "./colors.js";
import type { ChartData } from "./chartData.js";
import { FONT, px, type ChartLayout } from "./chartLayout.js";
import { pointLines } from "./pointText.js";
import { fitText, textWidth } from "./textWidth.js";

const LINE = 15;
const PAD = 7;
const BOLD = 1.13;

interface Line {
  text: string;
  color: string;
  strong: boolean;
}

/**
 * The in-chart label for the active year: for each scenario, its value on one line and
 * status and source on the next (the same text as the marks' titles). Its size is
 * estimated from the text, and it sits beside the year's guide line, inside the plot.
 */
export function FocusLabel({ data, layout, year }: { data: ChartData; layout: ChartLayout; year: number | undefined }) {
  if (year === undefined || year < data.base || year > data.end) return null;
  const compare = data.series.length > 1;
  const lines: Line[] = [];
  for (const s of data.series) {
    const p = s.points.find((q) => q.year === year);
    if (!p) continue;
    const [head, detail] = pointLines(s, p, data.unit, data.lang, compare);
    lines.push({ text: head, color: compare ? s.color : INK.text, strong: true }, { text: detail, color: INK.muted, strong: false });
  }
  const x = px(layout.xScale(year));
  const { plot } = layout;
  const guide = <line className="focus__guide" x1={x} x2={x} y1={plot.top} y2={plot.bottom} stroke={INK.muted} strokeDasharray="2 3" />;
  if (!lines.length) return <g className="focus">{guide}</g>;
  const maxText = plot.right - plot.left - 2 * PAD - 8;
  // Semi-bold heads run up to 13 % wider (DejaVu Sans Bold) than the regular estimate.
  const width = (l: Line, text = l.text) => textWidth(text, FONT.label) * (l.strong ? BOLD : 1);
  const fitted = lines.map((l) => ({ ...l, text: fitText(l.text, maxText / (l.strong ? BOLD : 1), FONT.label) }));
  const w = Math.min(maxText, Math.max(...fitted.map((l) => width(l)))) + 2 * PAD;
  const h = fitted.length * LINE + 2 * PAD - 3;
  // Right of the guide when it fits, else left of it, else against the plot's left edge.
  let bx = x + 10;
  if (bx + w > plot.right) bx = x - 10 - w;
  if (bx < plot.left) bx = plot.left + 4;
  const by = plot.top + 2;
  return (
    <g className="focus" pointerEvents="none">
      {guide}
      <rect className="focus__box" x={px(bx)} y={by} width={px(w)} height={h} rx={4} fill={INK.focusBox} fillOpacity={0.95} stroke={INK.axis} />
      {fitted.map((l, i) => (
        <text
          key={i}
          x={px(bx + PAD)}
          y={px(by + PAD + 9 + i * LINE)}
          fontSize={FONT.label}
          fontWeight={l.strong ? 600 : 400}
          fill={l.color}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
}
