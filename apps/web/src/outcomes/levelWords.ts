import type { Lang } from "@lotrinh/core";

/** Words of the level-outcome rows; loaded with them, when their fold first opens. */
const VI = {
  levelOutcomesIntro: "Nhập số thực hiện hoặc ước thực hiện của từng năm khi có báo cáo: số đó cố định đường đi và thay cho mốc kế hoạch.",
  levelOutcomesCount: "{n} số đã nhập",
  levelFieldError: "{field}: “{input}” không phải là số không âm.",
  levelFieldLabel: "Giá trị {field}",
};

const EN: typeof VI = {
  levelOutcomesIntro: "Enter each year's actual or estimate as reports come in: it fixes the path and replaces the plan anchor.",
  levelOutcomesCount: "{n} entered",
  levelFieldError: "{field}: “{input}” is not a non-negative number.",
  levelFieldLabel: "Value of {field}",
};

export function levelWord(lang: Lang, key: keyof typeof VI, params?: Record<string, string | number>): string {
  const s = (lang === "en" ? EN : VI)[key];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}
