import type { Lang, Projection } from "@lotrinh/core";
import type { SimulationRun } from "./simulation.js";
import { words } from "./words.js";

/** "Thị xã Sa Pa (Lào Cai) · mục tiêu 2020–2025 · kịch bản: Tăng trưởng cao": the first line of every table. */
export function headline(run: SimulationRun, what: string, lang: Lang): string {
  const w = words(lang);
  const { region, scenario } = run;
  const parent = region.parent ? ` (${region.parent[lang]})` : "";
  const name = scenario ? (lang === "en" && scenario.nameEn ? scenario.nameEn : scenario.name) : w.regionDefaults;
  return `${region.name[lang]}${parent} · ${what} ${region.term.base}–${region.term.end} · ${w.scenario}: ${name}`;
}

/** An indicator's short label where the region gives one, else its name. */
export function indicatorLabel(projection: Projection, id: string, lang: Lang): string {
  const definition = projection.input.indicators.find((indicator) => indicator.id === id);
  return (definition?.short ?? definition?.name ?? projection.series[id]?.name)?.[lang] ?? id;
}
