/**
 * Text from files (scenario names, keys, formula units) reaches the terminal in tables
 * and error lines. Control characters there would move the cursor, recolour or clear
 * the screen (ESC sequences), or break a one-line error into several; each is shown
 * as a visible escape instead ("\u001b"). Tabs and, where asked, line feeds stay.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL_OR_NEWLINE = new RegExp(`${CONTROL.source}|\\n`, "g");

function escape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Text safe to print: control characters as visible escapes; line feeds kept when `keepNewlines`. */
export function terminalText(text: string, keepNewlines = true): string {
  return text.replace(keepNewlines ? CONTROL : CONTROL_OR_NEWLINE, escape);
}
