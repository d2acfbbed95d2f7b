import type { Region } from "../schema/region.js";
import type { Lang } from "./number.js";

/** "[2]": a region's source document cited by its place in the region's sources list; internal ids are never shown. */
export function sourceRef(region: Pick<Region, "sources">, id: string): string | undefined {
  const i = region.sources.findIndex((s) => s.id === id);
  return i < 0 ? undefined : `[${i + 1}]`;
}

/** The region's sources list: "[1] Title (Publisher, 15/12/2022)", dates day first in Vietnamese. */
export function sourceList(region: Pick<Region, "sources">, lang: Lang): string[] {
  return region.sources.map((s, i) => {
    const date = lang === "vi" ? s.date.split("-").reverse().join("/") : s.date;
    return `[${i + 1}] ${s.title[lang]} (${s.publisher}, ${date})`;
  });
}
