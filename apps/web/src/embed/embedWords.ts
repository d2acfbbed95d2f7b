import type { Lang } from "@lotrinh/core";

/** The embed's few words, both languages inline: it loads no dictionary. */
export const EMBED_WORDS = {
  vi: {
    source: (names: readonly string[]) => `Nguồn: mô phỏng bằng Lộ Trình, kịch bản ${quotedNames(names)}.`,
    term: "nhiệm kỳ",
    open: "Mở kịch bản đầy đủ trong Lộ Trình",
    newTab: "(mở trong thẻ mới)",
    missing: "Một số kịch bản trong liên kết không được chia sẻ kèm theo nên không được vẽ.",
    error: "Không hiển thị được biểu đồ",
    errorHelp: "Liên kết nhúng không hợp lệ. Hãy sao chép lại mã nhúng từ Lộ Trình.",
    openApp: "Mở Lộ Trình",
  },
  en: {
    source: (names: readonly string[]) => `Source: simulated with Lộ Trình, ${names.length > 1 ? "scenarios" : "scenario"} ${quotedNames(names)}.`,
    term: "term",
    open: "Open the full scenario in Lộ Trình",
    newTab: "(opens in a new tab)",
    missing: "Some scenarios in the link were not shared with it, so they are not drawn.",
    error: "The chart cannot be shown",
    errorHelp: "The embed link is not valid. Copy the embed code from Lộ Trình again.",
    openApp: "Open Lộ Trình",
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** “Kế hoạch”, “Tăng trưởng cao” */
export function quotedNames(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}
