import { useCallback, useMemo, useRef } from "react";
import type { Projection, Scenario } from "@lotrinh/core";
import { editorModel } from "../state/editorModel";
import { editAction } from "../state/actions";
import { resetRate } from "../state/edits";
import { outcomeAt, setOutcome, setOutcomeKind, setOutcomeSource, setOutcomeValue, type OutcomeKind } from "../outcomes/edits";
import { LevelOutcomesFold } from "../outcomes/LevelOutcomesFold";
import { UncertaintyFold } from "../probability/UncertaintyFold";
import { useActions } from "../state/AppContext";
import { useStepAhead } from "../hooks/useStepAhead";
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
  const { dispatch } = useActions();
  const model = useMemo(() => editorModel(projection, scenario, base), [projection, scenario, base]);
  // Handlers read the latest projection through a ref so that they stay stable for the memoised rows.
  const latest = useRef({ projection, scenario });
  latest.current = { projection, scenario };

  const onRate = useCallback(
    (indicator: string, year: number, value: number) =>
      // A year with an outcome takes the typed value as the outcome; any other year as the scenario's rate.
      outcomeAt(latest.current.scenario, indicator, year)
        ? dispatch(editAction({ kind: "transform", apply: (s) => setOutcomeValue(s, indicator, year, value) }))
        : dispatch(editAction({ kind: "rate", indicator, year, value })),
    [dispatch],
  );
  const onReset = useCallback(
    (indicator: string, year: number) =>
      dispatch(
        editAction({
          kind: "transform",
          apply: (s, b) => setOutcome(resetRate(s, b, indicator, year), indicator, year, outcomeAt(b, indicator, year)),
        }),
      ),
    [dispatch],
  );
  const onOutcome = useCallback(
    (indicator: string, year: number, kind: OutcomeKind, value: number) =>
      dispatch(editAction({ kind: "transform", apply: (s) => setOutcomeKind(s, indicator, year, kind, value) })),
    [dispatch],
  );
  const onSource = useCallback(
    (indicator: string, year: number, source: string) =>
      dispatch(editAction({ kind: "transform", apply: (s) => setOutcomeSource(s, indicator, year, source) })),
    [dispatch],
  );
  const onBuoyancy = useCallback((value: number) => dispatch(editAction({ kind: "buoyancy", value })), [dispatch]);
  const onResetBuoyancy = useCallback(() => dispatch(editAction({ kind: "resetBuoyancy" })), [dispatch]);

  const region = projection.input.region;
  const stepAhead = useStepAhead(region, base, scenario);
  const handlers = { onRate, onReset, onOutcome, onSource, region, scenarioName };
  return (
    <section className="panel inputs-panel" aria-labelledby="inputs-heading" onFocus={stepAhead} onInput={stepAhead}>
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
      <LevelOutcomesFold projection={projection} scenario={scenario} base={base} scenarioName={scenarioName} />
      <UncertaintyFold projection={projection} scenario={scenario} base={base} />
      <SourcesList region={region} />
    </section>
  );
}
