import type { CommandEntry } from "./command.js";

/**
 * Every command, in help order. Adding one is one entry here plus its module
 * in commands/. `render` and `report` (chart files and printable reports) are
 * reserved for commands/render.ts and commands/report.ts.
 */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  regions: {
    summary: { vi: "các địa phương có số liệu", en: "the regions with data" },
    load: () => import("./commands/regions.js"),
  },
  project: {
    summary: { vi: "mọi chỉ tiêu theo năm, kèm trạng thái", en: "every indicator by year, with its status" },
    load: () => import("./commands/project.js"),
  },
  targets: {
    summary: { vi: "mọi mục tiêu: dự báo, đạt hay không, chênh lệch, tốc độ cần", en: "every target: projected, met, gap, required rate" },
    load: () => import("./commands/targets.js"),
  },
  solve: {
    summary: { vi: "tốc độ cần để đạt một mục tiêu", en: "the rate one target requires" },
    load: () => import("./commands/solve.js"),
  },
};
