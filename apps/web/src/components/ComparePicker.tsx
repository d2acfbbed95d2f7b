import type { Lang } from "@lotrinh/core";
import type { LibraryScenario } from "../state/types";
import { scenarioName } from "../state/library";
import { MAX_COMPARE } from "../state/reducer";
import { useLang } from "../i18n/LangContext";

export interface ComparePickerProps {
  scenarios: LibraryScenario[];
  selected: string[];
  onChange: (ids: string[]) => void;
  /** The group's name; the compare view's wording by default. */
  legend?: string;
  /** Each scenario's own colour (the compare view's charts), shown beside its name. */
  colorOf?: (id: string) => string;
}

function label(s: LibraryScenario, lang: Lang, t: ReturnType<typeof useLang>["t"]): string {
  return scenarioName(s.scenario, lang) + (s.scenario.illustrative ? ` (${t("illustrativeBadge")})` : "");
}

/** Choose 2–4 scenarios; the first chosen is the reference, and any other can be made the reference. */
export function ComparePicker({ scenarios, selected, onChange, legend, colorOf }: ComparePickerProps) {
  const { lang, t } = useLang();
  const full = selected.length >= MAX_COMPARE;
  return (
    <fieldset className="compare-picker">
      <legend>{legend ?? t("comparePick")}</legend>
      <ul>
        {scenarios.map((s) => {
          const i = selected.indexOf(s.id);
          const checked = i >= 0;
          return (
            <li key={s.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => onChange(checked ? selected.filter((x) => x !== s.id) : [...selected, s.id])}
                />
                {colorOf && <span className="swatch" style={{ background: colorOf(s.id) }} aria-hidden="true" />}
                {label(s, lang, t)}
              </label>
              {i === 0 && <span className="tag tag-reference">{t("reference")}</span>}
              {i > 0 && (
                <button
                  type="button"
                  className="button small ghost"
                  aria-label={t("makeReference", { name: scenarioName(s.scenario, lang) })}
                  onClick={() => onChange([s.id, ...selected.filter((x) => x !== s.id)])}
                >
                  {t("makeReferenceShort")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {full && <p className="hint">{t("compareMax")}</p>}
    </fieldset>
  );
}
