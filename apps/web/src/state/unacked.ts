import { changedFields, flatten, unflatten } from "./fieldMerge";

/**
 * Which writes a stored version includes: for each tab (a random mark a page load), the count of
 * its writes up to which the version has seen them. A version made from another, or merged with
 * it, includes what that one included.
 */
export type Seen = Readonly<Record<string, number>>;

/** Marks kept in a version; the oldest tabs' go first (a tab still open with an unseen edit then puts it back). */
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
 * The fields this tab wrote, scenario by scenario, that no version written by another tab has
 * yet shown it includes. Browsers pass a write on to other processes' copies of the storage
 * asynchronously: another tab may write a scenario over this tab's last write without having
 * seen it. Its version's `seen` then lacks that write, and this tab puts its fields back on top.
 */
export class UnackedFields {
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
   * Forgets the fields a version of another tab has seen. A version without marks (written
   * before tabs marked their writes) counts as having seen everything, as it did then.
   */
  ack(id: string, seen: Seen | undefined): void {
    const fields = this.byId.get(id);
    if (!fields) return;
    const upTo = seen === undefined ? Infinity : (seen[this.mark] ?? 0);
    for (const [f, v] of fields) if (v.n <= upTo) fields.delete(f);
    if (fields.size === 0) this.byId.delete(id);
  }

  /** `scenario` with this tab's unseen fields put back on it, or undefined when it has them all. */
  rebase(id: string, scenario: unknown): Record<string, unknown> | undefined {
    const fields = this.byId.get(id);
    if (!fields) return undefined;
    const flat = flatten(scenario);
    let changed = false;
    // Removals first: a field removed in one write and set below it in a later one ends up set.
    const ordered = [...fields].sort(([, a], [, b]) => Number(a.value !== undefined) - Number(b.value !== undefined));
    for (const [f, { value }] of ordered) {
      if (flat.get(f) === value) continue;
      changed = true;
      // A field replaces whatever the other version holds above or below it (a value where it has an object).
      const path = JSON.parse(f) as string[];
      for (const k of [...flat.keys()]) {
        const other = JSON.parse(k) as string[];
        const n = Math.min(path.length, other.length);
        if (path.slice(0, n).every((p, i) => p === other[i])) flat.delete(k);
      }
      if (value !== undefined) flat.set(f, value);
    }
    return changed ? unflatten(flat) : undefined;
  }

  forget(id: string): void {
    this.byId.delete(id);
  }
}
