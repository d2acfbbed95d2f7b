import type { SavedScenario } from "./types";
import type { SyncOutcome } from "./tabSync";

/**
 * The library once `out` is applied (as the reducer's syncStorage does to the user's scenarios):
 * the next save or storage event starts from it, even before the screen has it.
 */
export function afterOutcome(saved: readonly SavedScenario[], out: SyncOutcome): readonly SavedScenario[] {
  if (out.upsert.length === 0 && out.remove.length === 0) return saved;
  const byId = new Map(out.upsert.map((s) => [s.id, s]));
  const gone = new Set(out.remove);
  const here = new Set(saved.map((s) => s.id));
  return [...saved.filter((s) => !gone.has(s.id)).map((s) => byId.get(s.id) ?? s), ...out.upsert.filter((u) => !here.has(u.id))];
}
