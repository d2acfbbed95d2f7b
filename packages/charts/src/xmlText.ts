/**
 * Characters XML 1.0 does not allow in a document: C0 controls other than tab, line feed and
 * carriage return, U+FFFE, U+FFFF, and surrogates that are not part of a pair. A name typed or
 * imported with one of them (U+0001, ESC, NUL…) would make an SVG invalid and a PNG fail.
 */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Quick test: any character that may need stripping (a valid surrogate pair passes through the slow path unchanged). */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The text without XML-invalid characters; every name, label and unit passes here before markup or CSV is built. */
export function xmlSafe(text: string): string {
  return SUSPECT.test(text) ? text.replace(INVALID, "") : text;
}
