import type { Lang, Verdict, VerdictBasis } from "@lotrinh/core";

const VERDICT_WORDS: Record<Verdict, { vi: string; en: string }> = {
  exceeded: { vi: "vượt", en: "exceeded" },
  met: { vi: "đạt", en: "met" },
  missed: { vi: "không đạt", en: "not met" },
  noData: { vi: "chưa có số liệu", en: "no data" },
  undefined: { vi: "không xác định", en: "undefined" },
};

const BASIS_WORDS: Record<VerdictBasis, { vi: string; en: string }> = {
  actual: { vi: "theo số thực hiện", en: "on actual figures" },
  circular: { vi: "theo giả định lấy từ chính chỉ tiêu", en: "by an assumption taken from the target itself" },
  projection: { vi: "theo dự báo", en: "on the projection" },
};

/** The three-way verdict as a word: vượt / đạt / không đạt / chưa có số liệu / không xác định. */
export function verdictWord(verdict: Verdict, lang: Lang): string {
  return VERDICT_WORDS[verdict][lang];
}

/** What a verdict rests on, in words: "theo số thực hiện", "theo giả định lấy từ chính chỉ tiêu", "theo dự báo". */
export function basisWord(basis: VerdictBasis, lang: Lang): string {
  return BASIS_WORDS[basis][lang];
}

/**
 * A verdict with its basis where the basis changes how it reads: a verdict resting on an
 * assumption read from the target itself is never shown as a plain "đạt".
 */
export function verdictWithBasis(verdict: Verdict, basis: VerdictBasis, lang: Lang): string {
  const word = verdictWord(verdict, lang);
  return basis === "circular" && (verdict === "met" || verdict === "exceeded" || verdict === "missed") ? `${word} (${basisWord(basis, lang)})` : word;
}

/**
 * The verdict word a chart label has room for: a circular verdict says so in short,
 * "đạt (theo giả định)" / "met (by assumption)"; the full basis is in the label's title.
 */
export function verdictShort(verdict: Verdict, basis: VerdictBasis, lang: Lang): string {
  const word = verdictWord(verdict, lang);
  if (basis !== "circular" || verdict === "noData" || verdict === "undefined") return word;
  return `${word} (${lang === "vi" ? "theo giả định" : "by assumption"})`;
}

/** Icon and colour class of a verdict: exceeded and met share the check. */
export function verdictClass(verdict: Verdict): "met" | "missed" | "none" {
  return verdict === "exceeded" || verdict === "met" ? "met" : verdict === "missed" ? "missed" : "none";
}
