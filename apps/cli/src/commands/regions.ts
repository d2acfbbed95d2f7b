import { REGION_IDS, loadRegion, regionIndicators, regionScenarios, type Lang, type Region } from "@lotrinh/core";
import type { Command } from "../command.js";
import { JSON_FLAG } from "../common-flags.js";
import { regionRecord, toJson } from "../records.js";
import { renderTable } from "../table.js";
import { words } from "../words.js";

function regionJson(region: Region) {
  return {
    ...regionRecord(region),
    level: region.level,
    parent: region.parent ?? null,
    term: region.term,
    indicators: regionIndicators(region).map((indicator) => indicator.id),
    targets: region.targets.length,
    scenarios: regionScenarios(region).map((s) => ({ name: s.name, nameEn: s.nameEn ?? null })),
  };
}

function regionsTable(regions: readonly Region[], lang: Lang): string {
  const w = words(lang);
  const rows = regions.map((region) => [
    region.id,
    region.name[lang],
    region.level === "province" ? w.province : w.town,
    region.parent?.[lang] ?? "",
    `${region.term.base}–${region.term.end}`,
    String(regionIndicators(region).length),
    String(region.targets.length),
    regionScenarios(region)
      .map((s) => (lang === "en" && s.nameEn ? s.nameEn : s.name))
      .join(", "),
  ]);
  return renderTable(
    [
      { header: w.code },
      { header: w.name },
      { header: w.level },
      { header: w.parent },
      { header: w.term },
      { header: w.indicatorCount, align: "right" },
      { header: w.targetCount, align: "right" },
      { header: w.shippedScenarios },
    ],
    rows,
  );
}

export const command: Command = {
  synopsis: "regions [--json]",
  flags: { json: JSON_FLAG },
  run({ flags, lang }) {
    // Worked examples (not real places) are listed apart, after the real regions.
    const all = REGION_IDS.map((id) => loadRegion(id));
    const regions = all.filter((r) => !r.example);
    const examples = all.filter((r) => r.example);
    if (flags.json) return toJson({ regions: regions.map(regionJson), examples: examples.map(regionJson) });
    const heading = lang === "vi" ? "Ví dụ (không phải địa phương thật):" : "Examples (not real places):";
    const more = lang === "vi" ? "Địa bàn khác: --region-file FILE (lotrinh template)" : "Any other region: --region-file FILE (lotrinh template)";
    return `${regionsTable(regions, lang)}\n${heading}\n${regionsTable(examples, lang)}\n${more}\n`;
  },
};
