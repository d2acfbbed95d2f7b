import type { Lang } from "@lotrinh/core";

/** Words of the plan-consistency panel; loaded with its chunk. */
const VI = {
  title: "Kiểm tra tính nhất quán của kế hoạch",
  intro:
    "Các số kế hoạch ngầm định những giả định khác (giảm phát, hệ số co giãn thu, ICOR, tốc độ giữa hai mốc). Mỗi dòng nêu công thức, số liệu đã dùng và nguồn, giá trị ngầm định và khoảng hợp lý.",
  plausible: "hợp lý",
  implausible: "đáng xem lại",
  missingData: "thiếu số liệu",
  implied: "Ngầm định",
  range: "Khoảng hợp lý",
  formula: "Công thức",
  figures: "Số liệu đã dùng",
  missing: "Còn thiếu",
  summary: "{bad} kiểm tra đáng xem lại, {ok} hợp lý, {missing} thiếu số liệu",
};

const EN: typeof VI = {
  title: "Plan consistency checks",
  intro:
    "A plan's figures imply other assumptions (deflator, revenue buoyancy, ICOR, growth between two figures). Each line states its formula, the figures used and their sources, the implied value and the plausible range.",
  plausible: "plausible",
  implausible: "worth a second look",
  missingData: "missing data",
  implied: "Implied",
  range: "Plausible range",
  formula: "Formula",
  figures: "Figures used",
  missing: "Missing",
  summary: "{bad} worth a second look, {ok} plausible, {missing} missing data",
};

export type CheckWord = keyof typeof VI;

export function checkWord(lang: Lang, key: CheckWord, params?: Record<string, string | number>): string {
  const s = (lang === "en" ? EN : VI)[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}
