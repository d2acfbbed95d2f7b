import { useEffect } from "react";

/** Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y (⌘ on macOS): "undo" or "redo", else undefined. */
export function undoKey(e: Pick<KeyboardEvent, "ctrlKey" | "metaKey" | "altKey" | "shiftKey" | "key">): "undo" | "redo" | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  if (key === "y") return "redo";
  return undefined;
}

export function isUndoKey(e: Pick<KeyboardEvent, "ctrlKey" | "metaKey" | "altKey" | "shiftKey" | "key">): boolean {
  return undoKey(e) !== undefined;
}

/** Text fields keep the browser's own text undo, except number fields of the scenario (`data-undo="scenario"`). */
function keepsTextUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.dataset.undo === "scenario") return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !["range", "checkbox", "radio", "button", "file"].includes(target.type);
}

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on macOS), on the scenario. Inside a
 * free text field (a name) the browser's own text undo is left alone; inside a rate or
 * buoyancy field they act on the scenario (see useDraftField).
 */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = undoKey(e);
      if (!action || keepsTextUndo(e.target)) return;
      e.preventDefault();
      if (action === "undo") undo();
      else redo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);
}
