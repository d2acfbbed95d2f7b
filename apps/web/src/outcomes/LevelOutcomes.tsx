import { useCallback, useMemo, useRef, useState } from "react";
import { isPercentUnit, unitLabel, type Projection, type Scenario } from "@lotrinh/core";
import { useActions } from "../state/AppContext";
import { editAction } from "../state/actions";
import { useLang } from "../i18n/LangContext";
import { levelEditors } from "./levelModel";
import { outcomeAt, resetYear, setLevel, setOutcomeKind, setOutcomeSource, setOutcomeValue, type OutcomeKind } from "./edits";
import { LevelRow } from "./LevelRow";
import { levelWord } from "./levelWords";

export interface LevelOutcomesProps {
  projection: Projection;
  scenario: Scenario;
  base: Scenario;
  scenarioName: string;
}

/**
 * Outcomes as levels (the body of LevelOutcomesFold, loaded when the fold first opens) (per capita 97,5 in 2024; revenue 13.200 tỷ đồng in 2023): one fold
 * per indicator, its rows drawn only while open so that slider input does not pay for them.
 */
export default function LevelOutcomes({ projection, scenario, base }: LevelOutcomesProps) {
  const { lang } = useLang();
  const { dispatch } = useActions();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const models = useMemo(() => levelEditors(projection, scenario, base), [projection, scenario, base]);
  const latest = useRef(scenario);
  latest.current = scenario;

  const edit = useCallback(
    (apply: (s: Scenario, b: Scenario) => Scenario) => dispatch(editAction({ kind: "transform", apply })),
    [dispatch],
  );
  const onLevel = useCallback(
    (id: string, year: number, value: number) =>
      edit((s) => (outcomeAt(latest.current, id, year) ? setOutcomeValue(s, id, year, value) : setLevel(s, id, year, value))),
    [edit],
  );
  const onOutcome = useCallback(
    (id: string, year: number, kind: OutcomeKind, value: number) => edit((s) => setOutcomeKind(s, id, year, kind, value)),
    [edit],
  );
  const onSource = useCallback((id: string, year: number, source: string) => edit((s) => setOutcomeSource(s, id, year, source)), [edit]);
  const onReset = useCallback((id: string, year: number) => edit((s, b) => resetYear(s, b, id, year)), [edit]);

  const region = projection.input.region;
  return (
    <div className="level-outcomes">
      <p className="hint">{levelWord(lang, "levelOutcomesIntro")}</p>
      {models.map((m) => {
        const name = m.name[lang];
        const isOpen = open.has(m.indicator);
        return (
          <details
            key={m.indicator}
            className="level-editor"
            open={isOpen}
            onToggle={(e) => {
              const now = e.currentTarget.open;
              setOpen((prev) => {
                if (prev.has(m.indicator) === now) return prev;
                const next = new Set(prev);
                if (now) next.add(m.indicator);
                else next.delete(m.indicator);
                return next;
              });
            }}
          >
            <summary>
              {name} <span className="level-unit">({isPercentUnit(m.unit) ? "%" : unitLabel(m.unit, lang)})</span>
              {m.entered > 0 && <span className="tag tag-outcomes">{levelWord(lang, "levelOutcomesCount", { n: m.entered })}</span>}
            </summary>
            {isOpen && (
              <fieldset className="indicator-editor">
                <legend className="visually-hidden">{name}</legend>
                {m.cells.map((c) => (
                  <LevelRow
                    key={c.year}
                    {...c}
                    indicator={m.indicator}
                    name={name}
                    unit={m.unit}
                    sourceTitle={c.sourceIndex ? region.sources[c.sourceIndex - 1]?.title[lang] : undefined}
                    onLevel={onLevel}
                    onOutcome={onOutcome}
                    onSource={onSource}
                    onReset={onReset}
                  />
                ))}
              </fieldset>
            )}
          </details>
        );
      })}
    </div>
  );
}
