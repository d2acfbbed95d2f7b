import { isPlainObject } from "./safeJson";

/**
 * Field-level three-way merge of two edits of one scenario. A field is a leaf of the
 * scenario's JSON (`rates.grdpGrowth.2024`, `name`, `params.revenueBuoyancy`); arrays
 * (formula targets, format-1 actual years) count as one field.
 */
type Fields = Map<string, string>;

/** Path segments joined by "." for messages; the map key keeps them apart exactly. */
const keyOf = (path: readonly string[]) => JSON.stringify(path);
export const fieldName = (key: string) => (JSON.parse(key) as string[]).join(".");

export function flatten(value: unknown): Fields {
  const out: Fields = new Map();
  const walk = (v: unknown, path: string[]) => {
    // An empty object is a field of its own ("rates": {}), so that it survives a merge.
    if (isPlainObject(v) && path.length < 32 && (Object.keys(v).length > 0 || path.length === 0)) {
      for (const [k, x] of Object.entries(v)) if (x !== undefined) walk(x, [...path, k]);
    } else out.set(keyOf(path), JSON.stringify(v));
  };
  walk(value, []);
  return out;
}

export function unflatten(fields: Fields): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, json] of fields) {
    const path = JSON.parse(key) as string[];
    if (path.length === 0) return JSON.parse(json) as Record<string, unknown>;
    let at = root;
    for (const seg of path.slice(0, -1)) {
      if (!isPlainObject(at[seg])) Object.defineProperty(at, seg, { value: {}, enumerable: true, writable: true, configurable: true });
      at = at[seg] as Record<string, unknown>;
    }
    const last = path[path.length - 1]!;
    if (json === "{}" && isPlainObject(at[last])) continue; // a field inside it was set already
    Object.defineProperty(at, last, { value: JSON.parse(json), enumerable: true, writable: true, configurable: true });
  }
  return root;
}

/** The fields whose value differs between two versions (added, removed or changed). */
export function changedFields(a: unknown, b: unknown): string[] {
  const fa = flatten(a);
  const fb = flatten(b);
  const out: string[] = [];
  for (const [k, v] of fa) if (fb.get(k) !== v) out.push(k);
  for (const k of fb.keys()) if (!fa.has(k)) out.push(k);
  return out;
}

export interface Merge {
  value: Record<string, unknown>;
  /** Fields both sides changed to different values: `ours` won them. */
  conflicts: string[];
}

/**
 * Each side keeps the fields only it changed since `base`; where both changed a field
 * differently, `ours` wins (the caller passes the later edit as ours).
 */
export function mergeFields(base: unknown, ours: unknown, theirs: unknown): Merge {
  const b = flatten(base);
  const o = flatten(ours);
  const t = flatten(theirs);
  const keys = new Set([...o.keys(), ...t.keys(), ...b.keys()]);
  const merged: Fields = new Map();
  const conflicts: string[] = [];
  for (const k of keys) {
    const bv = b.get(k);
    const ov = o.get(k);
    const tv = t.get(k);
    let v: string | undefined;
    if (ov === bv) v = tv;
    else if (tv === bv || tv === ov) v = ov;
    else {
      v = ov;
      conflicts.push(k);
    }
    if (v !== undefined) merged.set(k, v);
  }
  // A field one side set inside an object the other side replaced by a value: ours stands.
  for (const k of [...merged.keys()]) {
    const path = JSON.parse(k) as string[];
    for (let n = path.length - 1; n >= 0; n--) {
      const ancestor = keyOf(path.slice(0, n));
      if (!merged.has(ancestor) || !merged.has(k)) continue;
      const drop = o.get(k) === merged.get(k) && o.get(ancestor) !== merged.get(ancestor) ? ancestor : k;
      merged.delete(drop);
      conflicts.push(drop);
    }
  }
  return { value: unflatten(merged), conflicts };
}
