import { scaleLinear, type ScaleLinear } from "d3-scale";
import { precisionFixed } from "d3-format";
import { formatNumber, isPercentUnit } from "@lotrinh/core";
import { px, type TextLine } from "../chartLayout.js";
import { textWidth, wrapText } from "../textWidth.js";
import { sourceText } from "../sourceText.js";
import { changeText, type TornadoData } from "./tornadoData.js";
import { tornadoSubtitleOf, tornadoTitleOf, tornadoWordsOf } from "./tornadoText.js";

export const TORNADO_FONT = { title: 15, subtitle: 11.5, label: 11, value: 10.5, source: 10.5 } as const;
const PAD = 10;
const ROW = 26;
const BAR = 14;

export interface TornadoRowLayout {
  name: string;
  y: number;
  down: { x0: number; x1: number; value: number };
  up: { x0: number; x1: number; value: number };
}

export interface TornadoLayout {
  width: number;
  height: number;
  pad: number;
  titleLines: TextLine[];
  subtitleLines: TextLine[];
  captionLines: TextLine[];
  legendY: number;
  labelRight: number;
  zeroX: number;
  plotTop: number;
  plotBottom: number;
  rows: TornadoRowLayout[];
  barHeight: number;
  xScale: ScaleLinear<number, number>;
  ticks: { pos: number; label: string }[];
  sourceLines: TextLine[];
}

function lines(text: string, width: number, font: number, max: number, top: number, step: number): { lines: TextLine[]; bottom: number } {
  const out: TextLine[] = [];
  let y = top;
  for (const t of wrapText(text, width, font, max)) {
    y += step;
    out.push({ text: t, y: y - 4 });
  }
  return { lines: out, bottom: y };
}

/** Pixels of a tornado: labels on the left, bars around a zero line, value labels beyond the bar ends. */
export function tornadoLayout(d: TornadoData, width: number, height: number | undefined, standalone: boolean): TornadoLayout {
  const inner = width - 2 * PAD;
  let top = PAD;
  const title = standalone ? lines(tornadoTitleOf(d), inner, TORNADO_FONT.title, 2, top, 19) : { lines: [], bottom: top };
  const subtitle = standalone ? lines(tornadoSubtitleOf(d), inner, TORNADO_FONT.subtitle, 2, title.bottom, 16) : { lines: [], bottom: top };
  const caption = lines(tornadoWordsOf(d).caption, inner, TORNADO_FONT.label, 2, subtitle.bottom, 15);
  const legendY = caption.bottom + 14;
  const plotTop = legendY + 12;
  const rowsHeight = Math.max(1, d.bars.length) * ROW;
  const plotBottom = plotTop + rowsHeight;
  const labelWidth = Math.min(inner * 0.38, Math.max(60, ...d.bars.map((b) => textWidth(b.name, TORNADO_FONT.label))));
  const labelRight = PAD + Math.ceil(labelWidth);
  const m = Math.max(1e-12, ...d.bars.flatMap((b) => [Math.abs(b.down), Math.abs(b.up)]));
  // Room beside each bar end for the widest value label, at most a fifth of the width.
  const room = Math.min(width * 0.2, 8 + Math.max(40, ...d.bars.flatMap((b) => [b.down, b.up].map((v) => textWidth(changeText(v, d.unit, d.lang), TORNADO_FONT.value)))));
  const left = labelRight + 8 + room;
  const right = Math.max(left + 40, width - PAD - room);
  const xScale = scaleLinear().domain([-m, m]).range([left, right]).nice(4);
  const factor = isPercentUnit(d.unit) ? 100 : 1;
  const tickValues = xScale.ticks(4);
  const step = tickValues.length > 1 ? Math.abs(tickValues[1]! - tickValues[0]!) * factor : 1;
  const ticks = tickValues.map((v) => ({ pos: px(xScale(v)), label: formatNumber(v * factor, d.lang, precisionFixed(step)) }));
  const zeroX = px(xScale(0));
  const rows = d.bars.map((b, i) => {
    const y = px(plotTop + i * ROW + (ROW - BAR) / 2);
    const span = (v: number) => ({ x0: px(Math.min(zeroX, xScale(v))), x1: px(Math.max(zeroX, xScale(v))), value: v });
    return { name: b.name, y, down: span(b.down), up: span(b.up) };
  });
  const axisBottom = plotBottom + 22;
  const src = sourceText(d);
  const sources = src ? lines(src, inner, TORNADO_FONT.source, 3, axisBottom + 4, 13) : { lines: [], bottom: axisBottom };
  return {
    width,
    height: Math.max(height ?? 0, Math.round(sources.bottom + PAD)),
    pad: PAD,
    titleLines: title.lines,
    subtitleLines: subtitle.lines,
    captionLines: caption.lines,
    legendY,
    labelRight,
    zeroX,
    plotTop,
    plotBottom,
    rows,
    barHeight: BAR,
    xScale,
    ticks,
    sourceLines: sources.lines,
  };
}
