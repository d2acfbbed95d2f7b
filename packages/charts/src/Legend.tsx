import { memo } from "react";
import { INK } from "./colors.js";
import { px } from "./chartLayout.js";
import { LEGEND_FONT, LEGEND_GAP, LEGEND_SWATCH, type PlacedLegendItem } from "./legendItems.js";
import { Marker, TargetSymbol } from "./Marker.js";
import { RUN_DASH } from "./seriesPaths.js";
import { FAN_OPACITY } from "./FanLayer.js";

function Swatch({ item, cy }: { item: PlacedLegendItem; cy: number }) {
  const x0 = px(item.x);
  const x1 = px(item.x + LEGEND_SWATCH);
  const mid = px(item.x + LEGEND_SWATCH / 2);
  switch (item.kind) {
    case "series":
      return <line x1={x0} x2={x1} y1={cy} y2={cy} stroke={item.color} strokeWidth={item.reference ? 3 : 2} />;
    case "status":
      return <Marker status={item.status ?? "actual"} x={mid} y={cy} color={item.color} />;
    case "projected":
      return (
        <g>
          <line x1={x0} x2={x1} y1={cy} y2={cy} stroke={item.color} strokeWidth={2} strokeDasharray="6 4" />
          <Marker status="projected" x={mid} y={cy} color={item.color} />
        </g>
      );
    case "backcast":
      return (
        <g>
          <line x1={x0} x2={x1} y1={cy} y2={cy} stroke={item.color} strokeWidth={2} strokeDasharray={RUN_DASH.backcast} strokeLinecap="round" />
          <Marker status="backcast" x={mid} y={cy} color={item.color} />
        </g>
      );
    case "target":
    case "targetAlt":
      return <TargetSymbol x={mid} y={cy} color={item.color} dashed={item.kind === "targetAlt"} />;
    case "fan":
      return (
        <g>
          {[10, 6, 2].map((h) => (
            <rect key={h} x={x0} y={px(cy - h / 2)} width={LEGEND_SWATCH} height={h} fill={item.color} fillOpacity={FAN_OPACITY} />
          ))}
        </g>
      );
    case "band":
      return <rect x={x0} y={px(cy - 5)} width={LEGEND_SWATCH} height={10} fill={item.color} fillOpacity={0.1} />;
  }
}

/**
 * The legend rows: what each mark, line and symbol means, in the chart's language. Memoised:
 * a slider's input leaves the items as they were (stableModel), and React skips them.
 */
export const Legend = memo(function Legend({ items }: { items: PlacedLegendItem[] }) {
  return (
    <g className="legend">
      {items.map((item, i) => {
        const cy = px(item.y + 9);
        const cls = item.kind === "status" ? `legend__item legend__item--${item.status}` : `legend__item legend__item--${item.kind}`;
        return (
          <g key={i} className={cls}>
            <Swatch item={item} cy={cy} />
            <text x={px(item.x + LEGEND_SWATCH + LEGEND_GAP)} y={px(cy + 4)} fontSize={LEGEND_FONT} fill={INK.text}>
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
});
