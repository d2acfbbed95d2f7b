import type { View } from "./types";

/**
 * Views in the browser's history: a change of view (editor, compare, report) is a new history
 * entry, everything else (edits, the compare selection, language) replaces the current one, so
 * that Back and Forward move between views and never step through keystrokes.
 */

function params(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
}

/** The view a link names; no `view` means the editor. */
export function viewOfHash(hash: string): View {
  const v = params(hash).get("view");
  return v === "compare" || v === "report" ? v : "editor";
}

/** The link without its view and compare selection, which a move through history does not reopen. */
function rest(hash: string): string {
  const p = params(hash);
  p.delete("view");
  p.delete("c");
  return p.toString();
}

/** Whether two links differ at most in their view (and the compare selection that comes with it). */
export function sameExceptView(a: string, b: string): boolean {
  return rest(a) === rest(b);
}

/** How to write `next` over `written` (the last address the app wrote; null before the first). */
export function historyMode(written: string | null, next: string): "push" | "replace" {
  return written !== null && viewOfHash(written) !== viewOfHash(next) ? "push" : "replace";
}
