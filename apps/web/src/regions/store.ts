import { isRegionId as isSeeded, type LocalizedText } from "@lotrinh/core";

/**
 * The regions a user created or imported, saved in the browser under one key. Same rules
 * as saved scenarios: limits per region and in number, and data that cannot be read is
 * kept aside under a key of its own, never overwritten. Entries stay raw JSON here; they
 * are validated (zod, a lazy chunk) when a region is opened.
 */
export const REGIONS_KEY = "lotrinh.regions.v1";
export const MAX_REGIONS = 20;
/** A region's JSON, in characters: the seeded ones are 30–60 KB. */
export const MAX_REGION_CHARS = 250_000;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface CustomRegionItem {
  id: string;
  name: LocalizedText;
  term: { base: number; end: number };
}

type Listener = () => void;
const listeners = new Set<Listener>();
let snapshot: CustomRegionItem[] | undefined;
let corruptKey: string | undefined;

function storage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The raw entries; unreadable data is copied aside once and the list starts empty. */
export function readEntries(store: StorageLike | undefined = storage()): unknown[] {
  const text = store?.getItem(REGIONS_KEY);
  if (!text) return [];
  try {
    const doc = JSON.parse(text) as { version?: unknown; regions?: unknown };
    if (doc && doc.version === 1 && Array.isArray(doc.regions)) return doc.regions;
  } catch {
    // fall through: kept aside below
  }
  corruptKey = `${REGIONS_KEY}.corrupt-${Date.now()}`;
  store!.setItem(corruptKey, text);
  store!.setItem(REGIONS_KEY, JSON.stringify({ version: 1, regions: [] }));
  return [];
}

/** The key unreadable region data was kept under in this session, if any. */
export function corruptRegionsKey(): string | undefined {
  return corruptKey;
}

function itemOf(raw: unknown): CustomRegionItem | undefined {
  const r = raw as { id?: unknown; name?: { vi?: unknown; en?: unknown }; term?: { base?: unknown; end?: unknown } } | null;
  if (!r || typeof r.id !== "string" || typeof r.name?.vi !== "string" || typeof r.name?.en !== "string") return undefined;
  if (typeof r.term?.base !== "number" || typeof r.term?.end !== "number") return undefined;
  return { id: r.id, name: { vi: r.name.vi, en: r.name.en }, term: { base: r.term.base, end: r.term.end } };
}

export function customRegions(): CustomRegionItem[] {
  snapshot ??= readEntries().map(itemOf).filter((r): r is CustomRegionItem => r !== undefined);
  return snapshot;
}

let watching = false;

export function subscribeCustomRegions(listener: Listener): () => void {
  listeners.add(listener);
  // A region imported, edited or deleted in another tab: this tab's list follows (null: storage cleared).
  if (!watching && typeof window !== "undefined") {
    watching = true;
    window.addEventListener("storage", (e) => (e.key === REGIONS_KEY || e.key === null) && changed());
  }
  return () => listeners.delete(listener);
}

function changed(): void {
  snapshot = undefined;
  for (const l of listeners) l();
}

export function rawCustomRegion(id: string): unknown {
  return readEntries().find((r) => itemOf(r)?.id === id);
}

export function isCustomRegion(id: string): boolean {
  return customRegions().some((r) => r.id === id);
}

/** Saved scenarios may belong to a seeded region or to one of the user's regions. */
export function knownRegion(id: string): boolean {
  return isSeeded(id) || isCustomRegion(id);
}

export type SaveResult = { ok: true } | { ok: false; reason: "tooLarge" | "tooMany" | "noStorage"; error?: string };

/** Saves (adds, or replaces the region of the same id). Entries that could not be read stay as they are. */
export function saveCustomRegion<T extends { id: string }>(region: T, store: StorageLike | undefined = storage()): SaveResult {
  if (!store) return { ok: false, reason: "noStorage" };
  const json = JSON.stringify(region);
  if (json.length > MAX_REGION_CHARS) return { ok: false, reason: "tooLarge" };
  const entries = readEntries(store);
  const at = entries.findIndex((r) => itemOf(r)?.id === region.id);
  if (at < 0 && entries.length >= MAX_REGIONS) return { ok: false, reason: "tooMany" };
  const next = at < 0 ? [...entries, region] : entries.map((r, i) => (i === at ? region : r));
  try {
    store.setItem(REGIONS_KEY, JSON.stringify({ version: 1, regions: next }));
  } catch (e) {
    return { ok: false, reason: "noStorage", error: (e as Error).message };
  }
  changed();
  return { ok: true };
}

export function deleteCustomRegion(id: string, store: StorageLike | undefined = storage()): void {
  if (!store) return;
  const entries = readEntries(store).filter((r) => itemOf(r)?.id !== id);
  store.setItem(REGIONS_KEY, JSON.stringify({ version: 1, regions: entries }));
  changed();
}

/** An id not yet taken: "tinh-moi", then "tinh-moi-2"… */
export function freeRegionId(wanted: string, taken: readonly string[]): string {
  if (!taken.includes(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken.includes(`${wanted}-${i}`)) return `${wanted}-${i}`;
}
