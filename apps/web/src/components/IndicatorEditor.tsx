import { memo } from "react";
import type { Region } from "@lotrinh/core";
import { sameEditor, type RateEditorModel } from "../state/editorModel";
import { useLang } from "../i18n/LangContext";
import { RateRow, type RateRowProps } from "./RateRow";

type Handlers = Pick<RateRowProps, "onRate" | "onReset" | "onOutcome" | "onSource">;

export interface IndicatorEditorProps extends Handlers {
  model: RateEditorModel;
  region: Region;
  scenarioName: string;
}

/** The yearly rates of one indicator, as a labelled group of rows. */
export const IndicatorEditor = memo(
  function IndicatorEditor({ model, region, scenarioName, ...handlers }: IndicatorEditorProps) {
  const { lang, t } = useLang();
  const name = model.name[lang];
  return (
    <fieldset className="indicator-editor">
      <legend>
        {name} <span className="legend-unit">{model.kind === "rate" ? (lang === "vi" ? "%/năm" : "%/yr") : t("growthOf")}</span>
      </legend>
      {model.cells.map((c) => (
        <RateRow
          key={c.year}
          indicator={model.indicator}
          name={name}
          min={model.min}
          max={model.max}
          year={c.year}
          value={c.value}
          status={c.status}
          sourceIndex={c.sourceIndex}
          sourceTitle={c.sourceIndex ? region.sources[c.sourceIndex - 1]?.title[lang] : undefined}
          note={c.note}
          fixed={c.fixed}
          locked={c.locked}
          outcome={c.outcome}
          outcomeSource={c.outcomeSource}
          edited={c.edited}
          scenarioName={scenarioName}
          {...handlers}
        />
      ))}
    </fieldset>
  );
},
(a, b) =>
  a.region === b.region &&
  a.scenarioName === b.scenarioName &&
  a.onRate === b.onRate &&
  a.onReset === b.onReset &&
  a.onOutcome === b.onOutcome &&
  a.onSource === b.onSource &&
  sameEditor(a.model, b.model));
