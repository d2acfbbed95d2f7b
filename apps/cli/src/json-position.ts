/**
 * Where a JSON text first goes wrong. Node 20's JSON.parse names a position for
 * some errors only ("Unexpected token '}', ... is not valid JSON" has none), so a
 * scenario file's error is located by this small scanner, run only after JSON.parse failed.
 */

class Stop {
  constructor(readonly offset: number) {}
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];

/** Offset of the first syntax error, or undefined if the scanner finds none. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const expect = (char: string) => {
    skipWhitespace();
    if (text[i] !== char) fail();
    i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined || c.charCodeAt(0) < 0x20) fail();
      if (c === '"') return void i++;
      if (c !== "\\") {
        i++;
        continue;
      }
      const escape = text[i + 1];
      if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
      else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else fail();
    }
  };
  const sequence = (close: string, item: () => void) => {
    i++; // opening bracket
    skipWhitespace();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skipWhitespace();
      if (text[i] === ",") i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    skipWhitespace();
    const c = text[i];
    if (c === "{")
      return sequence("}", () => {
        skipWhitespace();
        if (text[i] !== '"') fail();
        string();
        expect(":");
        value();
      });
    if (c === "[") return sequence("]", value);
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) return void (i = NUMBER.lastIndex);
    const literal = LITERALS.find((l) => l[0] === c);
    if (!literal) fail();
    // Point at the first wrong letter: "tru}" fails at "}".
    for (const letter of literal!) {
      if (text[i] !== letter) fail();
      i++;
    }
  };
  try {
    value();
    skipWhitespace();
    if (i < text.length) fail();
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.offset;
    if (e instanceof RangeError) return undefined; // nesting deeper than the stack
    throw e;
  }
}

/** 1-based line and column (in characters) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: [...before.slice(lineStart)].length + 1 };
}

/** V8's message without the parts that may span lines or that the caller replaces. */
export function jsonErrorReason(message: string): string {
  return message
    // V8 quotes the text around the error, cut with "..." when long: `Unexpected token '}', ..."me": }" is not valid JSON`.
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/\s+/g, " ")
    .trim();
}
