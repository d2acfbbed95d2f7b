import type { AnyRegionId, RegionId } from "@lotrinh/core";
import { REGION_LIST, REGION_LOADERS } from "virtual:lotrinh/regions";
import type { RegionBundle } from "./state/types";
import { makeBundle } from "./state/library";

export { REGION_LIST };
export const DEFAULT_REGION: RegionId = "sa-pa";

const bundles = new Map<AnyRegionId, Promise<RegionBundle>>();

export function isSeededRegion(id: AnyRegionId): id is RegionId {
  return Object.hasOwn(REGION_LOADERS, id);
}

/** Makes an imported or created region's bundle the one `loadBundle` returns. */
export function putBundle(bundle: RegionBundle): void {
  bundles.set(bundle.region.id, Promise.resolve(bundle));
}

/** Forgets a custom region's bundle (after it was replaced or deleted). */
export function forgetBundle(id: AnyRegionId): void {
  if (!isSeededRegion(id)) bundles.delete(id);
}

/**
 * A region's data, fetched once: a seeded region (validated at build time) as its own small
 * chunk, a custom one from browser storage, validated in a lazy chunk.
 */
export function loadBundle(id: AnyRegionId): Promise<RegionBundle> {
  let p = bundles.get(id);
  if (!p) {
    p = isSeededRegion(id)
      ? REGION_LOADERS[id]().then((m) => makeBundle(m.default))
      : import("./regions/load").then((m) => m.customBundle(id));
    // A failed fetch (offline before first load) may be retried later.
    p.catch(() => bundles.delete(id));
    bundles.set(id, p);
  }
  return p;
}
