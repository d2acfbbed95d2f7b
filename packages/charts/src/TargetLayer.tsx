import { verdictLabel, type Lang } from "@lotrinh/core";
import { INK } from "./colors.js";
import type { ChartData } from "./chartData.js";
import type { TargetVerdict } from "./chartTargets.js";
import { placeTargetLabels } from "./targetLabels.js";
import { FONT, px, type ChartLayout } from "./chartLayout.js";
import { TargetSymbol } from "./Marker.js";
import { targetShortLabel, targetTitle } from "./targetText.js";
import { verdictGlyph } from "./words.js";

function verdictColor(met: boolean | null): string {
  return met === null ? INK.muted : met ? INK.met : INK.missed;
}

/** Single scenario: "✓ đạt" in the verdict colour. Compare: one glyph per scenario in its colour, in legend order. */
function VerdictText({ verdicts, lang, compact }: { verdicts: TargetVerdict[]; lang: Lang; compact: boolean }) {
  if (verdicts.length === 1) {
    const v = verdicts[0]!;
    const word = compact ? "" : ` ${verdictLabel(v.met, lang)}`;
    return (
      <tspan className="target__verdict" fill={verdictColor(v.met)} fontWeight={600}>
        {` ${verdictGlyph(v.met)}${word}`}
      </tspan>
    );
  }
  return verdicts.map((v) => (
    <tspan key={v.key} className="target__verdict" fill={v.color} fontWeight={700}>
      {` ${verdictGlyph(v.met)}`}
    </tspan>
  ));
}

/** Background bands of `about` targets, drawn under the series. */
export function TargetBands({ data, layout }: { data: ChartData; layout: ChartLayout }) {
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

/** Lines of sum and average targets over their span, drawn under the series so the data stays visible. */
export function TargetLines({ data, layout }: { data: ChartData; layout: ChartLayout }) {
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
  const places = placeTargetLabels(data, layout);
  return (
    <g className="targets">
      {data.targets.map((t) => {
        if (!Number.isFinite(t.value)) return null;
        const x = px(layout.xScale(t.year));
        const y = px(layout.yScale(t.value));
        const color = t.active ? INK.target : INK.targetAlt;
        const place = places.get(t.target.id);
        if (!place) return null;
        const cls = `target target--${t.target.kind} target--${t.active ? "active" : "alternative"}`;
        return (
          <g key={t.target.id} className={cls} data-target={t.target.id}>
            <title>{targetTitle(t, data.unit, data.lang)}</title>
            <TargetSymbol x={x} y={y} color={color} dashed={!t.active} />
            <text
              className="target__label"
              x={place.x}
              y={place.y}
              textAnchor={place.anchor}
              fontSize={FONT.label}
              fill={t.active ? INK.text : INK.muted}
              stroke={INK.background}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {targetShortLabel(t, data.unit, data.lang, layout.compact)}
              <VerdictText verdicts={t.verdicts} lang={data.lang} compact={layout.compact} />
            </text>
          </g>
        );
      })}
    </g>
  );
}
