/** Keys that change an object's prototype or shadow its machinery when assigned. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Limits for one untrusted document: one scenario file, one link, one saved scenario
 * (never a whole library: each saved scenario is checked on its own). A scenario with
 * 2,000 formula targets has about 20,000 values; 100,000 leaves room and still bounds
 * the work done before validation.
 */
export const MAX_JSON_VALUES = 100_000;
export const MAX_JSON_DEPTH = 16;

export type JsonCheck = { ok: true } | { ok: false; error: string };

/**
 * Checks untrusted JSON before any code spreads or indexes it: no prototype-polluting
 * keys at any depth, bounded nesting and size. Runs on what JSON.parse returned.
 */
export function checkUntrustedJson(value: unknown, maxValues = MAX_JSON_VALUES, maxDepth = MAX_JSON_DEPTH): JsonCheck {
  let nodes = 0;
  const walk = (v: unknown, depth: number, path: string): JsonCheck => {
    if (++nodes > maxValues) return { ok: false, error: `more than ${maxValues.toLocaleString("en-US")} values` };
    if (v === null || typeof v !== "object") return { ok: true };
    if (depth > maxDepth) return { ok: false, error: `${path || "value"}: nested too deeply` };
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
    for (const [k, x] of entries) {
      const here = path ? `${path}.${k}` : k;
      if (FORBIDDEN_KEYS.has(k)) return { ok: false, error: `${here}: key not allowed` };
      const r = walk(x, depth + 1, here);
      if (!r.ok) return r;
    }
    return { ok: true };
  };
  return walk(value, 0, "");
}

/** JSON.parse, then the checks above: one call for every untrusted text. */
export function parseUntrustedJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}` };
  }
  const safe = checkUntrustedJson(value);
  return safe.ok ? { ok: true, value } : safe;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
