import { memo } from "react";
import { formatValue, type Projection, type TargetEvaluation } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { measureUnit, targetLabel } from "../format/targets";

export interface ReadingChoiceProps {
  group: string;
  evaluations: TargetEvaluation[];
  projection: Projection;
  onChoose: (group: string, option: string) => void;
}

/** The choice between the readings of an ambiguous figure (e.g. "5,8 million visits": in 2025, or summed over the term). */
export const ReadingChoice = memo(
  function ReadingChoice({ group, evaluations, projection, onChoose }: ReadingChoiceProps) {
  const { lang, t } = useLang();
  const first = evaluations[0]!.target;
  const figure = formatValue(first.value, measureUnit(first, projection), lang);
  return (
    <fieldset className="reading-choice">
      <legend>{t("readingChoice", { figure })}</legend>
      <p className="hint">{t("readingNote")}</p>
      {evaluations.map((e) => (
        <label key={e.target.id} className="radio">
          <input
            type="radio"
            name={`reading-${group}`}
            value={e.target.reading!.option}
            checked={e.target.active}
            onChange={() => onChoose(group, e.target.reading!.option)}
          />
          {targetLabel(e.target, projection, lang)}
        </label>
      ))}
    </fieldset>
  );
  },
  // Only which reading is chosen can change between inputs; labels and values come from the region.
  (a, b) =>
    a.group === b.group &&
    a.onChoose === b.onChoose &&
    a.projection.input.region === b.projection.input.region &&
    a.evaluations.length === b.evaluations.length &&
    a.evaluations.every((e, i) => e.target.id === b.evaluations[i]!.target.id && e.target.active === b.evaluations[i]!.target.active),
);
