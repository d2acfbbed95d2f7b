import type { RegionId } from "@lotrinh/core";
import { REGION_LIST, REGION_LOADERS } from "virtual:lotrinh/regions";
import type { RegionBundle } from "./state/types";
import { makeBundle } from "./state/library";

export { REGION_LIST };
export const DEFAULT_REGION: RegionId = "sa-pa";

const bundles = new Map<RegionId, Promise<RegionBundle>>();

/** A region's data (validated at build time), fetched once as its own small chunk. */
export function loadBundle(id: RegionId): Promise<RegionBundle> {
  let p = bundles.get(id);
  if (!p) {
    p = REGION_LOADERS[id]().then((m) => makeBundle(m.default));
    // A failed fetch (offline before first load) may be retried later.
    p.catch(() => bundles.delete(id));
    bundles.set(id, p);
  }
  return p;
}
