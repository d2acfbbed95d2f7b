import type { History, Library } from "./types";

/** Undo depth per session: enough for a long sitting, bounded so memory stays small. */
export const HISTORY_LIMIT = 200;
/** Edits of the same field within this time become one undo step (one slider drag). */
export const COALESCE_MS = 1000;

export function initHistory(present: Library): History {
  return { past: [], present, future: [] };
}

/** Records a new present. With the same `key` as the previous step, shortly after, it replaces that step. */
export function record(h: History, next: Library, key?: string, at?: number): History {
  if (next === h.present) return h;
  const coalesce =
    key !== undefined && key === h.lastKey && at !== undefined && h.lastAt !== undefined && at - h.lastAt < COALESCE_MS;
  const past = coalesce ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key, lastAt: at };
}

/** Replaces the present without an undo step (e.g. a scenario arriving from a link). */
export function replacePresent(h: History, next: Library): History {
  return { ...h, present: next, lastKey: undefined, lastAt: undefined };
}

export function undo(h: History): History {
  const prev = h.past[h.past.length - 1];
  if (!prev) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo(h: History): History {
  const next = h.future[0];
  if (!next) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}
