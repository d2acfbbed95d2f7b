/** Regions whose data ships in seeds/ (real regions first, then worked examples). */
export const REGION_IDS = ["sa-pa", "lao-cai", "lai-chau", "vi-du-2030"] as const;
/** A seeded region's id. */
export type RegionId = (typeof REGION_IDS)[number];
/** Seeded regions that are worked examples, not real places (listed apart). */
export const EXAMPLE_REGION_IDS: readonly RegionId[] = ["vi-du-2030"];
/**
 * Any region's id: a seeded one or one read from a region file (a slug such as
 * `tinh-moi`). Code that only handles seeded data takes `RegionId`.
 */
export type AnyRegionId = string;
