import type { Lang } from "@lotrinh/core";

/** The region picker's few words (the dialog's own words load with it). */
export const PICKER_WORDS: Record<Lang, { examples: string; yours: string; add: string }> = {
  vi: { examples: "Ví dụ (không phải địa phương thật)", yours: "Địa bàn của bạn", add: "Thêm địa bàn…" },
  en: { examples: "Examples (not real places)", yours: "Your regions", add: "Add a region…" },
};

/** The option value that opens "Thêm địa bàn…" instead of a region. */
export const ADD_REGION = "__add-region__";
