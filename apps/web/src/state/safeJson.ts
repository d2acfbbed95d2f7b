/** Keys that change an object's prototype or shadow its machinery when assigned. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_DEPTH = 8;
const MAX_NODES = 20_000;

export type JsonCheck = { ok: true } | { ok: false; error: string };

/**
 * Checks untrusted JSON before any code spreads or indexes it: no prototype-polluting
 * keys at any depth, bounded nesting and size. Runs on what JSON.parse returned.
 */
export function checkUntrustedJson(value: unknown): JsonCheck {
  let nodes = 0;
  const walk = (v: unknown, depth: number, path: string): JsonCheck => {
    if (++nodes > MAX_NODES) return { ok: false, error: "too many values" };
    if (v === null || typeof v !== "object") return { ok: true };
    if (depth > MAX_DEPTH) return { ok: false, error: `${path || "value"}: nested too deeply` };
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

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
