import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin } from "vite";

type Core = typeof import("@lotrinh/core");

const INDEX_ID = "virtual:lotrinh/regions";
const REGION_PREFIX = "virtual:lotrinh/region/";
const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));

/**
 * Region data validated at build time. The seeds are parsed here with core's own
 * `loadRegion` and `regionScenarios` (zod), and the app receives the parsed result:
 * zod then only ships in the lazy chunk that parses user input (URL, storage, files).
 * A broken seed fails the build instead of the page.
 *
 * - `virtual:lotrinh/regions`: the region list (id, names) and a loader per region.
 * - `virtual:lotrinh/region/<id>`: `{ region, scenarios }`, one lazy chunk per region.
 */
export function regionsPlugin(): Plugin {
  let core: Promise<Core> | undefined;
  const loadCore = () =>
    (core ??= runnerImport<Core>("@lotrinh/core", { configFile: false, logLevel: "error" }).then((r) => r.module));
  return {
    name: "lotrinh-regions",
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(REGION_PREFIX)) return "\0" + id;
    },
    async load(id) {
      if (!id.startsWith("\0virtual:lotrinh/")) return;
      const c = await loadCore();
      for (const r of c.REGION_IDS) this.addWatchFile(`${seedsDir}${r}.json`);
      if (id === "\0" + INDEX_ID) {
        const list = c.REGION_IDS.map((r) => {
          const region = c.loadRegion(r);
          return { id: r, name: region.name, level: region.level, parent: region.parent ?? null, example: region.example ?? false };
        });
        const loaders = c.REGION_IDS.map((r) => `  ${JSON.stringify(r)}: () => import(${JSON.stringify(REGION_PREFIX + r)}),`);
        return `export const REGION_LIST = ${JSON.stringify(list)};\nexport const REGION_LOADERS = {\n${loaders.join("\n")}\n};\n`;
      }
      const regionId = id.slice(("\0" + REGION_PREFIX).length);
      if (!c.isRegionId(regionId)) this.error(`unknown region '${regionId}'`);
      const region = c.loadRegion(regionId);
      const data = { region, scenarios: c.regionScenarios(region) };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
    },
    watchChange(id) {
      // The module runner caches core's parsed seeds: start again when a seed changes.
      if (id.startsWith(seedsDir)) core = undefined;
    },
  };
}
