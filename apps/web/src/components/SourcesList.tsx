import { memo } from "react";
import type { Region } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";

/** "2022-12-15" as the reader writes a date: 15/12/2022 (vi), 15 Dec 2022 (en); other forms as given. */
function sourceDate(date: string, lang: "vi" | "en"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  if (lang === "vi") return `${m[3]}/${m[2]}/${m[1]}`;
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m[2]) - 1];
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * The region's source documents (internal ids stay in the data), numbered as the "[n]" marks refer
 * to them. Memoised: it changes with the region and the language, not with each slider input.
 */
export const SourcesList = memo(function SourcesList({ region }: { region: Region }) {
  const { lang, t } = useLang();
  return (
    <div className="sources">
      <h3>{t("sources")}</h3>
      <ol>
        {region.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            {s.title[lang]} <span className="muted">— {s.publisher}, {sourceDate(s.date, lang)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
});
