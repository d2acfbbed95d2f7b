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
export function FanLayer({ series, layout }: { series: readonly ChartSeriesData[]; layout: ChartLayout }) {
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
