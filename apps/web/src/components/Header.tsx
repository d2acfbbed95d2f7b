import { memo, useId, useSyncExternalStore } from "react";
import type { AnyRegionId } from "@lotrinh/core";
import type { View } from "../state/types";
import { REGION_LIST } from "../regions";
import { customRegions, subscribeCustomRegions } from "../regions/store";
import { ADD_REGION, PICKER_WORDS } from "../regions/pickerWords";
import { useLang } from "../i18n/LangContext";

export interface HeaderProps {
  regionId: AnyRegionId;
  /** The open region's term: the tagline names it. */
  term: { base: number; end: number };
  view: View;
  onRegion: (id: AnyRegionId) => void;
  /** "Thêm địa bàn…": import a file, download the template, or create a region by hand. */
  onAddRegion: () => void;
  onView: (view: View) => void;
  onLang: () => void;
  onCopyLink: () => void;
}

const VIEW_LABEL = { editor: "viewEditor", compare: "viewCompare", report: "viewReport" } as const;

export const Header = memo(function Header({ regionId, term, view, onRegion, onAddRegion, onView, onLang, onCopyLink }: HeaderProps) {
  const { lang, t } = useLang();
  const regionSelect = useId();
  const custom = useSyncExternalStore(subscribeCustomRegions, customRegions);
  const words = PICKER_WORDS[lang];
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="6" />
          <path d="M6 24 L13 15 L18 19 L26 8" />
        </svg>
        <div>
          <p className="app-title">{t("appTitle")}</p>
          <p className="tagline">{t("appTagline", { base: term.base, end: term.end })}</p>
        </div>
      </div>
      <div className="header-controls">
        {/* The label sits beside the select, not around it: a wrapping label would put the option texts into its name. */}
        <span className="field-inline">
          <label htmlFor={regionSelect}>{t("region")}</label>
          <select
            id={regionSelect}
            value={regionId}
            onChange={(e) => (e.currentTarget.value === ADD_REGION ? onAddRegion() : onRegion(e.currentTarget.value))}
          >
            {REGION_LIST.filter((r) => !r.example).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name[lang]}
              </option>
            ))}
            <optgroup label={words.examples}>
              {REGION_LIST.filter((r) => r.example).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name[lang]}
                </option>
              ))}
            </optgroup>
            {custom.length > 0 && (
              <optgroup label={words.yours}>
                {custom.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name[lang]}
                  </option>
                ))}
              </optgroup>
            )}
            <option value={ADD_REGION}>{words.add}</option>
          </select>
        </span>
        <nav aria-label={t("views")} className="segmented view-switch">
          {(["editor", "compare", "report"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)}>
              {t(VIEW_LABEL[v])}
            </button>
          ))}
        </nav>
        <button type="button" className="button" onClick={onCopyLink}>
          {t("copyLink")}
        </button>
        <button type="button" className="button" lang={lang === "vi" ? "en" : "vi"} title={t("switchLanguageLabel")} onClick={onLang}>
          {t("switchLanguage")}
        </button>
      </div>
    </header>
  );
});
