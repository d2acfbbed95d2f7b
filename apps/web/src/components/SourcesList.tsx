import type { Region } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";

/** The region's source documents, numbered as the "[n]" marks refer to them. */
export function SourcesList({ region }: { region: Region }) {
  const { lang, t } = useLang();
  return (
    <div className="sources">
      <h3>{t("sources")}</h3>
      <ol>
        {region.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            {s.title[lang]} <span className="muted">— {s.publisher}, {s.date}</span>{" "}
            <span className="source-id">({s.id})</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
