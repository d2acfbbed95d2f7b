import type { Lang, RegionId } from "@lotrinh/core";
import { knownRegion } from "../regions/store";
import type { RegionBundle, SavedScenario } from "./types";
import type { Validation } from "./lazyValidation";
import { text } from "../i18n/strings";
import { planOf, regionScenarioList, uniqueName } from "./library";
import type { Library } from "./types";

/** Core refuses files over 5 MB (UTF-8 bytes); a text longer than that in characters is refused unread. */
export const MAX_FILE_CHARS = 5 * 1024 * 1024;

export type ImportResult = { ok: true; saved: SavedScenario; bundle: RegionBundle } | { ok: false; error: string };

/**
 * Reads a scenario file (the CLI's format, "lotrinh/scenario/1") into a new user
 * scenario. Nothing is changed here: the caller adds `saved` only when ok, so a bad
 * file leaves the app as it was. Errors name the field, as core reports them.
 */
export async function importScenarioText(
  content: string,
  lang: Lang,
  library: Library,
  validation: Validation,
  /** The app passes its loader, which also opens the user's own regions (any known id). */
  getBundle: (id: RegionId) => Promise<RegionBundle>,
  newId: () => string,
): Promise<ImportResult> {
  if (content.length > MAX_FILE_CHARS) return { ok: false, error: text(lang, "fileTooLarge", { max: "5 MB" }) };
  try {
    JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: text(lang, "notJson", { error: (e as Error).message.slice(0, 200) }) };
  }
  // The same reader as the command line: size, document limits, percent slips, schema.
  const parsed = validation.readScenarioText(content);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const raw = parsed.value;
  const region = parsed.value.region;
  // A seeded region, or one of the user's own regions saved in this browser.
  if (!knownRegion(region)) return { ok: false, error: text(lang, "unknownRegion", { region }) };
  const bundle = await getBundle(region as RegionId);
  const valid = await validation.validateScenario(raw, bundle.region);
  if (!valid.ok) return { ok: false, error: valid.error };
  const taken = regionScenarioList(bundle, library).map((s) => s.scenario.name);
  // A file need not name its scenario: it is then "Kịch bản nhập" (Imported scenario).
  const wanted = valid.value.name.trim() || text(lang, "importedScenarioName");
  const scenario = { ...valid.value, name: uniqueName(wanted, taken) };
  return { ok: true, saved: { id: newId(), baseId: planOf(bundle).id, scenario }, bundle };
}

/** A file name for a scenario: its name without characters file systems refuse. */
export function exportFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").replace(/^[\s.]+|[\s.]+$/g, "").slice(0, 100);
  return `${safe || "kich-ban"}.json`;
}

