import type { ParseResult } from "../schema/parse.js";

/**
 * Limits on an untrusted JSON document (a scenario file, an imported file, a link's
 * state), checked after JSON.parse and before any validation: the schemas, the
 * model and the renderers then never meet a document that is huge, deep, or that
 * carries keys which reach into JavaScript's object machinery.
 */
export const DOCUMENT_LIMITS = {
  /** Every object, array, string, number, boolean and null counts as one value. */
  values: 100_000,
  depth: 32,
  /** Characters in one string (a name, a description, a formula). */
  stringLength: 10_000,
} as const;

/** Keys that would touch an object's prototype if a later step copied them naively. */
export const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const n = (v: number) => v.toLocaleString("en-US");

function fail(kind: string, path: string, phrase: string): ParseResult<never> {
  return { ok: false, path, error: `${kind}: ${path ? `${path}: ` : ""}${phrase}` };
}

/**
 * Walks a parsed JSON value without recursion and refuses it, naming the first
 * field at fault, when it breaks a limit. `kind` prefixes the message ("scenario").
 */
export function checkDocument(raw: unknown, kind = "scenario"): ParseResult<unknown> {
  const stack: [unknown, string, number][] = [[raw, "", 0]];
  let values = 0;
  while (stack.length > 0) {
    const [value, path, depth] = stack.pop()!;
    if (++values > DOCUMENT_LIMITS.values) return fail(kind, "", `the document holds more than ${n(DOCUMENT_LIMITS.values)} values`);
    if (depth > DOCUMENT_LIMITS.depth) return fail(kind, path, `the document is nested more than ${DOCUMENT_LIMITS.depth} levels deep`);
    if (typeof value === "string") {
      if (value.length > DOCUMENT_LIMITS.stringLength) return fail(kind, path, `text longer than ${n(DOCUMENT_LIMITS.stringLength)} characters`);
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], path ? `${path}.${i}` : String(i), depth + 1]);
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const at = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return fail(kind, at, `the key '${key}' is not allowed`);
      if (key.length > DOCUMENT_LIMITS.stringLength) return fail(kind, path, `text longer than ${n(DOCUMENT_LIMITS.stringLength)} characters`);
      stack.push([(value as Record<string, unknown>)[key], at, depth + 1]);
    }
  }
  return { ok: true, value: raw };
}
