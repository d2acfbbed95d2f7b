import type { Lang } from "@lotrinh/core";

/**
 * A level typed by a person, as the language writes it: vi "12.085,5" (dot groups
 * thousands, comma is decimal), en "12,085.5". A lone separator that does not group
 * three digits is read as the decimal mark ("97.5" in Vietnamese is 97,5).
 */
export function parseLevel(input: string, lang: Lang): number | undefined {
  let text = input.trim().replace(/\s+/g, "");
  if (text === "") return undefined;
  const group = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const grouped = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(text)) text = text.split(group).join("");
  text = text.replace(decimal, ".").replace(",", ".");
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A level in a field: grouped thousands, up to 3 decimals, in the language's marks. */
export function levelFieldText(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return "";
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 3 }).format(value);
}
