import { memo } from "react";
import type { ValueStatus } from "@lotrinh/core";
import { INK } from "./colors.js";
import { px } from "./chartLayout.js";

/**
 * The provenance mark of one value. Shape and fill differ, not only colour:
 * actual = filled circle, estimate = filled square (an early outcome), plan = outlined
 * diamond, assumption = hollow circle, projected = small dot on the dashed line,
 * back-cast = small ring on the dotted line.
 */
export function Marker({ status, x, y, color }: { status: ValueStatus; x: number; y: number; color: string }) {
  switch (status) {
    case "actual":
      return <circle className="mark__shape" cx={x} cy={y} r={4.5} fill={color} stroke={INK.background} strokeWidth={1.5} />;
    case "plan": {
      const d = 5.5;
      const path = `M${px(x)},${px(y - d)}L${px(x + d)},${px(y)}L${px(x)},${px(y + d)}L${px(x - d)},${px(y)}Z`;
      return <path className="mark__shape" d={path} fill={color} stroke={INK.text} strokeWidth={1.2} />;
    }
    case "assumption":
      return <circle className="mark__shape" cx={x} cy={y} r={4} fill={INK.background} stroke={color} strokeWidth={2} />;
    case "estimate": {
      const h = 4;
      return <rect className="mark__shape" x={px(x - h)} y={px(y - h)} width={2 * h} height={2 * h} fill={color} stroke={INK.background} strokeWidth={1.5} />;
    }
    case "projected":
      return <circle className="mark__shape" cx={x} cy={y} r={2.2} fill={color} />;
    case "backcast":
      return <circle className="mark__shape" cx={x} cy={y} r={2.6} fill={INK.background} stroke={color} strokeWidth={1.4} />;
  }
}

/**
 * The target symbol: a short horizontal tick through a ring, so it reads as "aim here" beside any
 * marker. Memoised on its primitive props: a target a slider does not move is not drawn again.
 */
export const TargetSymbol = memo(function TargetSymbol({ x, y, color, dashed }: { x: number; y: number; color: string; dashed: boolean }) {
  const dash = dashed ? "3 2" : undefined;
  return (
    <g className="target__symbol">
      <line x1={px(x - 12)} x2={px(x + 12)} y1={y} y2={y} stroke={color} strokeWidth={2} strokeDasharray={dash} />
      <circle cx={x} cy={y} r={6} fill="none" stroke={color} strokeWidth={1.5} strokeDasharray={dash} />
    </g>
  );
});
