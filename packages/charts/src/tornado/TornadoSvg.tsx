import { useId, useMemo, type ReactElement } from "react";
import { FONT_FAMILY, INK } from "../colors.js";
import { px } from "../chartLayout.js";
import { textWidth } from "../textWidth.js";
import { renderStaticMarkup } from "../staticMarkup.js";
import { changeText, stepText, tornadoData, type TornadoData, type TornadoInput } from "./tornadoData.js";
import { tornadoLayout, TORNADO_FONT, type TornadoLayout } from "./tornadoLayout.js";
import { describeTornadoData, tornadoTitleOf, tornadoWordsOf } from "./tornadoText.js";

/** −1 point in vermillion, +1 point in blue (Okabe–Ito): distinct for the common colour-vision deficiencies. */
export const TORNADO_COLORS = { down: "#D55E00", up: "#0072B2" } as const;

interface Model {
  data: TornadoData;
  layout: TornadoLayout;
}

function model(input: TornadoInput, standalone: boolean): Model {
  const data = tornadoData(input);
  return { data, layout: tornadoLayout(data, input.width, input.height, standalone) };
}

function Bar({ span, y, h, color, lang, unit, side }: { span: { x0: number; x1: number; value: number }; y: number; h: number; color: string; lang: "vi" | "en"; unit: string; side: "down" | "up" }) {
  const negative = span.value < 0;
  const tx = negative ? px(span.x0 - 4) : px(span.x1 + 4);
  return (
    <g className={`tornado__bar tornado__bar--${side}`}>
      <rect x={span.x0} y={y} width={px(Math.max(0.5, span.x1 - span.x0))} height={h} fill={color} />
      <text x={tx} y={px(y + h / 2 + 3.5)} textAnchor={negative ? "end" : "start"} fontSize={TORNADO_FONT.value} fill={INK.text}>
        {changeText(span.value, unit, lang)}
      </text>
    </g>
  );
}

/** The tornado as plain SVG, hook-free so the static renderer can draw it. */
export function TornadoSvg({ model: { data, layout }, idPrefix, standalone }: { model: Model; idPrefix: string; standalone: boolean }) {
  const w = tornadoWordsOf(data);
  const half = layout.barHeight / 2;
  const legend = [
    { key: "down", label: w.down, color: TORNADO_COLORS.down },
    { key: "up", label: w.up, color: TORNADO_COLORS.up },
  ];
  // The second item 170 px along, or after the first label when that is longer (both steps named).
  const legendX = [layout.pad, layout.pad + Math.max(170, px(19 + textWidth(w.down, TORNADO_FONT.label) + 20))];
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      className="lotrinh-tornado"
      fontFamily={FONT_FAMILY}
      fontSize={TORNADO_FONT.label}
      data-target={data.targetId}
    >
      <title id={`${idPrefix}-title`}>{tornadoTitleOf(data)}</title>
      <desc id={`${idPrefix}-desc`}>{describeTornadoData(data)}</desc>
      {standalone && <style>{`svg{font-family:${FONT_FAMILY}}`}</style>}
      {standalone && <rect className="background" width={layout.width} height={layout.height} fill={INK.background} />}
      {layout.titleLines.map((l, i) => (
        <text key={`t${i}`} className="chart__title" x={layout.pad} y={l.y} fontSize={TORNADO_FONT.title} fontWeight={600} fill={INK.text}>{l.text}</text>
      ))}
      {layout.subtitleLines.map((l, i) => (
        <text key={`s${i}`} className="chart__subtitle" x={layout.pad} y={l.y} fontSize={TORNADO_FONT.subtitle} fill={INK.muted}>{l.text}</text>
      ))}
      {layout.captionLines.map((l, i) => (
        <text key={`c${i}`} className="tornado__caption" x={layout.pad} y={l.y} fontSize={TORNADO_FONT.label} fill={INK.muted}>{l.text}</text>
      ))}
      <g className="legend">
        {legend.map((item, i) => (
          <g key={item.key} className={`legend__item legend__item--${item.key}`}>
            <rect x={legendX[i]} y={px(layout.legendY - 9)} width={14} height={10} fill={item.color} />
            <text x={legendX[i]! + 19} y={layout.legendY} fontSize={TORNADO_FONT.label} fill={INK.text}>{item.label}</text>
          </g>
        ))}
      </g>
      <g className="axis axis--x">
        {layout.ticks.map((t) => (
          <g key={t.pos} className="tick">
            <line x1={t.pos} x2={t.pos} y1={layout.plotTop} y2={layout.plotBottom} stroke={INK.grid} strokeWidth={1} />
            <text x={t.pos} y={layout.plotBottom + 16} textAnchor="middle" fontSize={TORNADO_FONT.value} fill={INK.muted}>{t.label}</text>
          </g>
        ))}
      </g>
      <g className="tornado__rows">
        {layout.rows.map((r, i) => (
          <g key={i} className="tornado__row" data-input={data.bars[i]!.input}>
            <title>{`${r.name}: −${stepText(data.bars[i]!, data.lang)}: ${changeText(r.down.value, data.unit, data.lang)}; +${stepText(data.bars[i]!, data.lang)}: ${changeText(r.up.value, data.unit, data.lang)}`}</title>
            <text x={layout.labelRight} y={px(r.y + half + 3.5)} textAnchor="end" fontSize={TORNADO_FONT.label} fill={INK.text}>{r.name}</text>
            {/* When both moves push the same way, the longer bar goes first so the shorter stays visible on top. */}
            {(Math.abs(r.down.value) >= Math.abs(r.up.value) ? (["down", "up"] as const) : (["up", "down"] as const)).map((side) => (
              <Bar key={side} span={r[side]} y={r.y} h={layout.barHeight} color={TORNADO_COLORS[side]} lang={data.lang} unit={data.unit} side={side} />
            ))}
          </g>
        ))}
        {!layout.rows.length && (
          <text x={layout.zeroX} y={px(layout.plotTop + 16)} textAnchor="middle" fontSize={TORNADO_FONT.label} fill={INK.muted}>{w.none}</text>
        )}
      </g>
      <line className="tornado__zero" x1={layout.zeroX} x2={layout.zeroX} y1={layout.plotTop - 4} y2={layout.plotBottom + 4} stroke={INK.axis} strokeWidth={1} />
      {layout.sourceLines.map((l, i) => (
        <text key={`src${i}`} className="chart__source" x={layout.pad} y={l.y} fontSize={TORNADO_FONT.source} fill={INK.muted}>{l.text}</text>
      ))}
    </svg>
  );
}

/** The tornado for a page (app, report): the same SVG, memoised on its input. */
export function TornadoChart(props: TornadoInput): ReactElement {
  const auto = useId();
  const m = useMemo(() => model(props, false), [props]);
  return <TornadoSvg model={m} idPrefix={props.idPrefix ?? "lt" + auto.replace(/[^A-Za-z0-9_-]/g, "")} standalone={false} />;
}

/** A standalone SVG file of the tornado: title, region and scenario, legend, sources. */
export function renderTornadoSvg(input: TornadoInput): string {
  const markup = renderStaticMarkup(<TornadoSvg model={model(input, true)} idPrefix={input.idPrefix ?? `tornado-${input.evaluation.target.id}`} standalone />);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

/** Inline SVG markup of the tornado (no prolog), for the embed and the report. */
export function tornadoSvgMarkup(input: TornadoInput, standalone = false): string {
  return renderStaticMarkup(<TornadoSvg model={model(input, standalone)} idPrefix={input.idPrefix ?? `tornado-${input.evaluation.target.id}`} standalone={standalone} />);
}
