/**
 * Opening a custom region: validation (zod, through core) and the bundle the app shows.
 * A lazy chunk: loaded only when a custom region is opened, imported or linked.
 */
import { parseRegion, parseScenario, type Region, type Scenario } from "@lotrinh/core";
import type { RegionBundle } from "../state/types";
import { makeBundle } from "../state/library";
import { rawCustomRegion, saveCustomRegion, type SaveResult } from "./store";
import { decodeRegion, rememberRegionLink } from "./linkCodec";

/** A region's shipped scenarios, or one plan scenario (the region's own figures) when it has none. */
function scenariosOf(region: Region): Scenario[] {
  // As core's regionScenarios does; that module also holds the seeds, which must stay out of this chunk.
  const shipped = region.scenarios.map((s, i) => {
    const parsed = parseScenario({ schema: "lotrinh/scenario/1", region: region.id, ...s });
    if (!parsed.ok) throw new Error(`scenarios.${i}: ${parsed.error}`);
    return parsed.value;
  });
  if (shipped.length) return shipped;
  const plan = parseScenario({ schema: "lotrinh/scenario/1", region: region.id, name: "Số liệu địa bàn", nameEn: "Region figures" });
  if (!plan.ok) throw new Error(plan.error);
  return [plan.value];
}

export async function bundleOf(region: Region): Promise<RegionBundle> {
  await rememberRegionLink(region.id, region);
  return makeBundle({ region, scenarios: scenariosOf(region) });
}

/** A saved custom region, validated again (storage may have been edited by hand). */
export async function customBundle(id: string): Promise<RegionBundle> {
  const raw = rawCustomRegion(id);
  if (raw === undefined) throw new Error(`unknown region '${id}'`);
  const parsed = parseRegion(raw);
  if (!parsed.ok) throw new Error(parsed.error);
  return bundleOf(parsed.value);
}

/** The region a link carries, validated, for a page that saves nothing (the embed). */
export async function linkedBundle(id: string, data: string): Promise<RegionBundle> {
  const decoded = await decodeRegion(data);
  if (!decoded.ok) throw new Error(decoded.error);
  const parsed = parseRegion(decoded.value);
  if (!parsed.ok) throw new Error(`rd: ${parsed.error}`);
  if (parsed.value.id !== id) throw new Error(`rd: the region is '${parsed.value.id}', the embed names '${id}'`);
  return bundleOf(parsed.value);
}

export type LinkedRegion = { ok: true; region: Region; saved: SaveResult | "same" | "kept" } | { ok: false; error: string };

/**
 * The region a link carries (`rd`): validated, then saved unless the browser already has a
 * different region of that id (the user's own is never overwritten by a link).
 */
export async function linkedRegion(id: string, data: string): Promise<LinkedRegion> {
  const decoded = await decodeRegion(data);
  if (!decoded.ok) return decoded;
  const parsed = parseRegion(decoded.value);
  if (!parsed.ok) return { ok: false, error: `rd: ${parsed.error}` };
  if (parsed.value.id !== id) return { ok: false, error: `rd: the region is '${parsed.value.id}', the link names '${id}'` };
  const existing = rawCustomRegion(id);
  if (existing !== undefined) {
    const same = JSON.stringify(parseRegion(existing).ok ? parseRegion(existing) : existing) === JSON.stringify(parsed);
    return { ok: true, region: parsed.value, saved: same ? "same" : "kept" };
  }
  return { ok: true, region: parsed.value, saved: saveCustomRegion(parsed.value) };
}
