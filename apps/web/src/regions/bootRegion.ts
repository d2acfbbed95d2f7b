import type { AnyRegionId } from "@lotrinh/core";
import type { Notice } from "../state/notices";
import type { Link } from "../state/url";
import { DEFAULT_REGION, isSeededRegion, putBundle } from "../regions";
import { corruptRegionsKey, isCustomRegion } from "./store";

/**
 * The region a link opens: a seeded one, a custom one saved in this browser, or the custom
 * region the link carries (`rd`, validated and saved). Anything else opens the default
 * region with a notice saying why.
 */
export async function bootRegion(link: Link): Promise<{ regionId: AnyRegionId; notices: Notice[] }> {
  const notices: Notice[] = [];
  const id = link.region ?? DEFAULT_REGION;
  const known = isSeededRegion(id) || isCustomRegion(id);
  const corrupt = corruptRegionsKey();
  if (corrupt) notices.push({ tone: "error", key: "regionsCorrupt", params: { key: corrupt } });
  if (isSeededRegion(id)) return { regionId: id, notices };
  if (link.regionData !== undefined) {
    const { linkedRegion, bundleOf } = await import("./load");
    const linked = await linkedRegion(id, link.regionData);
    if (linked.ok) {
      if (linked.saved === "kept") notices.push({ tone: "info", key: "regionLinkKept", params: { region: id } });
      putBundle(await bundleOf(linked.region));
      return { regionId: id, notices };
    }
    notices.push({ tone: "error", key: "regionLinkBad", params: { error: linked.error } });
    return { regionId: DEFAULT_REGION, notices };
  }
  if (known) return { regionId: id, notices };
  notices.push({ tone: "error", key: "regionMissing", params: { region: id } });
  return { regionId: DEFAULT_REGION, notices };
}
