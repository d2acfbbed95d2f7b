/**
 * Text widths estimated arithmetically (no getBBox), so that layout is the same in
 * Node and in the browser. Widths are em fractions close to DejaVu Sans and
 * Be Vietnam Pro, the wider of the fonts the charts ask for: an overestimate wastes
 * a few pixels, an underestimate makes labels collide.
 */
const ASCII = new Float64Array(128).fill(0.6);
const set = (chars: string, em: number) => {
  for (const ch of chars) ASCII[ch.charCodeAt(0)] = em;
};
set(" ", 0.32);
set("iIjl.,:;'|!", 0.3);
set("ftr()[]-/", 0.42);
set("0123456789", 0.64);
set("ABCDEFGHIJKLNOPQRSTUVXYZ", 0.72);
set("mwMW@%", 0.95);

// Charts write only Latin and Vietnamese letters and these few symbols (see test/charset.test.ts):
// the bundled font has no ≥ ≤ ≈ ✓ ✗, so comparators are words and verdicts are drawn icons.
const SYMBOLS: Record<string, number> = { "–": 0.5, "—": 1, "…": 1, "±": 0.84 };
const COMBINING = /[\u0300-\u036f]/g;
/** Widths of non-ASCII UTF-16 units by code, worked out on first use (0: not yet); charts redo layout on every input. */
const WIDE = new Float64Array(0x10000);

/** Width of one non-ASCII character: a Vietnamese letter costs what its base letter costs. */
function wideChar(code: number): number {
  let em = WIDE[code]!;
  if (em === 0) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize("NFD").replace(COMBINING, "");
    em = SYMBOLS[ch] ?? (base.length === 1 && base.charCodeAt(0) < 128 ? ASCII[base.charCodeAt(0)]! : 0.64);
    WIDE[code] = em;
  }
  return em;
}

/** Estimated advance width in px of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    em += code < 128 ? ASCII[code]! : wideChar(code);
  }
  return em * fontSize;
}

/** Cuts `text` to fit `maxWidth`, ending in "…" when it had to cut. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - textWidth("…", fontSize);
  let used = 0;
  let end = 0;
  while (end < text.length) {
    const w = textWidth(text[end]!, fontSize);
    if (used + w > room) break;
    used += w;
    end++;
  }
  return text.slice(0, end).trimEnd() + "…";
}

/** Greedy word wrap into at most `maxLines` lines; the last line is cut with "…" if text remains. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const space = textWidth(" ", fontSize);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const w = textWidth(word, fontSize);
    if (!line || lineWidth + space + w <= maxWidth) {
      line = line ? `${line} ${word}` : word;
      lineWidth = line === word ? w : lineWidth + space + w;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(`${line} ${words.slice(i).join(" ")}`, maxWidth, fontSize));
      return lines;
    }
    lines.push(line);
    line = word;
    lineWidth = w;
  }
  if (line) lines.push(fitText(line, maxWidth, fontSize));
  return lines;
}
