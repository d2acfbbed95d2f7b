import saPa from "../../../../seeds/sa-pa.json" with { type: "json" };
import laoCai from "../../../../seeds/lao-cai.json" with { type: "json" };
import laiChau from "../../../../seeds/lai-chau.json" with { type: "json" };
import viDu2030 from "../../../../seeds/vi-du-2030.json" with { type: "json" };
import { parseRegion } from "../schema/index.js";
import type { Region } from "../schema/region.js";
import { REGION_IDS, type RegionId } from "../regions.js";
import type { Scenario } from "../schema/scenario.js";
import { parseScenario } from "../schema/migrate.js";

const RAW: Record<RegionId, unknown> = { "sa-pa": saPa, "lao-cai": laoCai, "lai-chau": laiChau, "vi-du-2030": viDu2030 };
const parsed = new Map<string, Region>();

export function isRegionId(id: string): id is RegionId {
  return (REGION_IDS as readonly string[]).includes(id);
}

/** The region's data from seeds/, validated once. Throws if the shipped data is broken (a test guards it). */
export function loadRegion(id: RegionId): Region {
  let r = parsed.get(id);
  if (!r) {
    const result = parseRegion(RAW[id]);
    if (!result.ok) throw new Error(`seeds/${id}.json: ${result.error}`);
    r = result.value;
    parsed.set(id, r);
  }
  return r;
}

/** The scenarios that ship with a region (plan, high growth, cautious), as scenario files. */
export function regionScenarios(region: Region): Scenario[] {
  return region.scenarios.map((s, i) => {
    const result = parseScenario({ schema: "lotrinh/scenario/1", region: region.id, ...s });
    if (!result.ok) throw new Error(`seeds/${region.id}.json: scenarios.${i}: ${result.error}`);
    return result.value;
  });
}
