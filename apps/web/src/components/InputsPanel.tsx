import { useCallback, useMemo, useRef } from "react";
import type { Projection, Scenario } from "@lotrinh/core";
import { editorModel } from "../state/editorModel";
import { editAction } from "../state/actions";
import { isActualYear } from "../state/edits";
import { useActions } from "../state/AppContext";
import { useLang } from "../i18n/LangContext";
import { IndicatorEditor } from "./IndicatorEditor";
import { BuoyancyEditor } from "./BuoyancyEditor";
import { SourcesList } from "./SourcesList";

export interface InputsPanelProps {
  projection: Projection;
  scenario: Scenario;
  base: Scenario;
  scenarioName: string;
}

/** Every input of the model by year: rates, own growth of level indicators, revenue buoyancy. */
export function InputsPanel({ projection, scenario, base, scenarioName }: InputsPanelProps) {
  const { t } = useLang();
  const { dispatch, dispatchInput } = useActions();
  const model = useMemo(() => editorModel(projection, scenario, base), [projection, scenario, base]);
  // Handlers read the latest projection through a ref so that they stay stable for the memoised rows.
  const latest = useRef({ projection, scenario });
  latest.current = { projection, scenario };

  const onRate = useCallback(
    (indicator: string, year: number, value: number) => dispatchInput(editAction({ kind: "rate", indicator, year, value })),
    [dispatchInput],
  );
  const onReset = useCallback(
    (indicator: string, year: number) => dispatch(editAction({ kind: "resetRate", indicator, year })),
    [dispatch],
  );
  const onToggleLock = useCallback(
    (indicator: string, year: number) => {
      const { projection: p, scenario: s } = latest.current;
      const series = p.series[indicator];
      // Locking a level indicator's year pins the level it has now (see toggleActual).
      const pinLevel =
        series?.kind === "level" && !isActualYear(s, indicator, year) ? series.values[year - p.input.base] : undefined;
      dispatch(editAction({ kind: "toggleActual", indicator, year, pinLevel }));
    },
    [dispatch],
  );
  const onBuoyancy = useCallback((value: number) => dispatchInput(editAction({ kind: "buoyancy", value })), [dispatchInput]);
  const onResetBuoyancy = useCallback(() => dispatch(editAction({ kind: "resetBuoyancy" })), [dispatch]);

  const region = projection.input.region;
  const handlers = { onRate, onReset, onToggleLock, region, scenarioName };
  return (
    <section className="panel inputs-panel" aria-labelledby="inputs-heading">
      <h2 id="inputs-heading">{t("inputs")}</h2>
      <p className="hint">{t("inputsIntro")}</p>
      <h3 className="group-heading">{t("groupRates")}</h3>
      {model.rates.map((m) => (
        <IndicatorEditor key={m.indicator} model={m} {...handlers} />
      ))}
      {model.buoyancy && (
        <BuoyancyEditor {...model.buoyancy} scenarioName={scenarioName} onChange={onBuoyancy} onReset={onResetBuoyancy} />
      )}
      {model.growth.length > 0 && <h3 className="group-heading">{t("groupOwn")}</h3>}
      {model.growth.map((m) => (
        <IndicatorEditor key={m.indicator} model={m} {...handlers} />
      ))}
      {model.overrides.length > 0 && (
        <>
          <h3 className="group-heading">{t("groupOverrides")}</h3>
          <p className="hint">{t("overrideNote")}</p>
        </>
      )}
      {model.overrides.map((m) => (
        <IndicatorEditor key={m.indicator} model={m} {...handlers} />
      ))}
      <SourcesList region={region} />
    </section>
  );
}
