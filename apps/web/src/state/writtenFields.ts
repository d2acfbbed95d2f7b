import { changedFields, flatten, unflatten } from "./fieldMerge";

/**
 * Which writes a stored version includes: for each tab (a random mark a page load), the count of
 * its writes up to which the version has seen them. A version made from another, or merged with
 * it, includes what that one included.
 */
export type Seen = Readonly<Record<string, number>>;

/** Marks a version keeps; past that the least recent are dropped (a tab still open then puts its written fields back once more). */
export const MAX_SEEN = 16;

/** What both versions include, plus this tab's write `n`; this tab's mark first, then the others' newest. */
export function joinSeen(a: Seen | undefined, b: Seen | undefined, mark: string, n: number): Record<string, number> {
  const out: Record<string, number> = { [mark]: n };
  const others = new Map<string, number>();
  for (const s of [a, b]) for (const [k, v] of Object.entries(s ?? {})) if (k !== mark) others.set(k, Math.max(v, others.get(k) ?? 0));
  // Insertion order is recency: a version's marks come newest first, and this write's first of all.
  for (const [k, v] of [...others].slice(0, MAX_SEEN - 1)) out[k] = v;
  return out;
}

interface Field {
  /** The field's JSON, undefined when the write removed it. */
  value: string | undefined;
  /** The write that set it. */
  n: number;
}

/**
 * The fields this tab wrote, scenario by scenario, to put back on a version that has not seen the
 * write. Browsers pass a write on to other processes' copies of the storage asynchronously: another
 * tab may write a scenario over this tab's last write without having seen it, even after a third
 * tab has taken that write in. Such a version's `seen` lacks the write, and its fields go back on
 * top. A field that a version which has seen the write holds otherwise was changed on purpose
 * since: it is forgotten.
 */
export class WrittenFields {
  private readonly byId = new Map<string, Map<string, Field>>();

  constructor(readonly mark: string) {}

  /** This tab's write `n` of scenario `id` changed `before` into `after`. */
  record(id: string, n: number, before: unknown, after: unknown): void {
    const changed = changedFields(before, after);
    if (changed.length === 0) return;
    const values = flatten(after);
    const fields = this.byId.get(id) ?? new Map<string, Field>();
    for (const f of changed) fields.set(f, { value: values.get(f), n });
    this.byId.set(id, fields);
  }

  /**
   * Another tab's version of scenario `id` with this tab's fields it has not seen put back on it, or
   * undefined when it has them all. A version without marks (written before tabs marked their
   * writes) counts as having seen everything, as it did then.
   */
  rebase(id: string, scenario: unknown, seen: Seen | undefined): Record<string, unknown> | undefined {
    const fields = this.byId.get(id);
    if (!fields) return undefined;
    const upTo = seen === undefined ? Infinity : (seen[this.mark] ?? 0);
    const flat = flatten(scenario);
    const unseen: [string, Field][] = [];
    for (const [f, field] of fields) {
      if (flat.get(f) === field.value) continue;
      if (field.n <= upTo) fields.delete(f);
      else unseen.push([f, field]);
    }
    if (fields.size === 0) this.byId.delete(id);
    if (unseen.length === 0) return undefined;
    // Removals first: a field removed in one write and set below it in a later one ends up set.
    unseen.sort(([, a], [, b]) => Number(a.value !== undefined) - Number(b.value !== undefined));
    for (const [f, { value }] of unseen) {
      // A field replaces whatever the other version holds above or below it (a value where it has an object).
      const path = JSON.parse(f) as string[];
      for (const k of [...flat.keys()]) {
        const other = JSON.parse(k) as string[];
        const n = Math.min(path.length, other.length);
        if (path.slice(0, n).every((p, i) => p === other[i])) flat.delete(k);
      }
      if (value !== undefined) flat.set(f, value);
    }
    return unflatten(flat);
  }

  forget(id: string): void {
    this.byId.delete(id);
  }
}
