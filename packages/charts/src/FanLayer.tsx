import { memo } from "react";
import { area } from "d3-shape";
import type { ChartSeriesData } from "./chartData.js";
import type { ChartLayout } from "./chartLayout.js";
import { FAN_BANDS, type FanYear } from "./fanData.js";

/** Each band adds this opacity: nested, the 90 % band reads 0.14, the 60 % 0.26, the 30 % 0.36. */
export const FAN_OPACITY = 0.14;

const bandArea = area<FanYear>().digits(2);

/**
 * The fan bands of the series that have one: 90, 60 and 30 % central bands in shades of the
 * series colour (nested, so the centre is darkest), behind the lines.
 */
export const FanLayer = memo(FanBands, (a, b) => {
  if (a.layout.xScale !== b.layout.xScale || a.layout.yScale !== b.layout.yScale || a.series.length !== b.series.length) return false;
  return a.series.every((s, i) => {
    const t = b.series[i]!;
    return s.key === t.key && s.color === t.color && sameFan(s.fan, t.fan);
  });
});

function sameFan(a: FanYear[] | undefined, b: FanYear[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((f, i) => {
    const g = b[i]!;
    return f.year === g.year && f.q05 === g.q05 && f.q20 === g.q20 && f.q35 === g.q35 && f.q65 === g.q65 && f.q80 === g.q80 && f.q95 === g.q95;
  });
}

function FanBands({ series, layout }: { series: readonly ChartSeriesData[]; layout: ChartLayout }) {
  const withFan = series.filter((s) => s.fan && s.fan.length > 1);
  if (!withFan.length) return null;
  return (
    <g className="fans">
      {withFan.map((s) => (
        <g key={s.key} className="fan" data-series={s.key}>
          {FAN_BANDS.map((b) => {
            const d = bandArea
              .x((f) => layout.xScale(f.year))
              .y0((f) => layout.yScale(f[b.lo]))
              .y1((f) => layout.yScale(f[b.hi]))(s.fan!);
            return <path key={b.share} className={`fan__band fan__band--${Math.round(b.share * 100)}`} d={d ?? ""} fill={s.color} fillOpacity={FAN_OPACITY} stroke="none" />;
          })}
        </g>
      ))}
    </g>
  );
}
