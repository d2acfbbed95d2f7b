/** Regions whose data ships in seeds/. */
export const REGION_IDS = ["sa-pa", "lao-cai", "lai-chau"] as const;
export type RegionId = (typeof REGION_IDS)[number];
