/// <reference types="vite/client" />

declare module "virtual:lotrinh/regions" {
  import type { LocalizedText, RegionId } from "@lotrinh/core";
  export const REGION_LIST: ReadonlyArray<{
    id: RegionId;
    name: LocalizedText;
    level: "province" | "town";
    parent: LocalizedText | null;
    /** A worked example, listed apart from the real regions. */
    example: boolean;
  }>;
  export const REGION_LOADERS: Record<RegionId, () => Promise<{ default: import("./state/types").RegionData }>>;
}
