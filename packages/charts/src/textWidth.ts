/**
 * Text widths estimated arithmetically (no getBBox), so that layout is the same in
 * Node and in the browser. Widths are em fractions of a humanist sans such as
 * Be Vietnam Pro, rounded up a little: an overestimate wastes a few pixels,
 * an underestimate makes labels collide.
 */
const NARROW = new Set("iIljft.,:;'|!()[] ");
const WIDE = new Set("mwMW@%—");
const COMBINING = /[\u0300-\u036f]/g;

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.86;
  if (ch >= "0" && ch <= "9") return 0.58;
  if (ch >= "A" && ch <= "Z") return 0.66;
  if (ch === "✓" || ch === "✗" || ch === "≥" || ch === "≤" || ch === "≈" || ch === "–") return 0.62;
  return 0.54;
}

/** Estimated advance width in px of `text` at `fontSize`. Vietnamese diacritics add no width. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  // NFD splits "ệ" into "e" + marks, so accented letters cost what their base letter costs.
  for (const ch of text.normalize("NFD").replace(COMBINING, "")) em += charWidth(ch);
  return em * fontSize;
}

/** Cuts `text` to fit `maxWidth`, ending in "…" when it had to cut. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join("") + "…", fontSize) > maxWidth) chars.pop();
  return chars.join("").trimEnd() + "…";
}

/** Greedy word wrap into at most `maxLines` lines; the last line is cut with "…" if text remains. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (!line || textWidth(next, fontSize) <= maxWidth) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(fitText(`${line} ${words.slice(i).join(" ")}`, maxWidth, fontSize));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(fitText(line, maxWidth, fontSize));
  return lines;
}
