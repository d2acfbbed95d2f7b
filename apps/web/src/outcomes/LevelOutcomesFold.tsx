import { lazy, Suspense, useState } from "react";
import type { Projection, Scenario } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";

const LevelOutcomes = lazy(() => import("./LevelOutcomes"));

export interface LevelOutcomesFoldProps {
  projection: Projection;
  scenario: Scenario;
  base: Scenario;
  scenarioName: string;
}

/** "Số thực hiện theo mức": a fold at the end of the inputs; its rows' code loads when it first opens. */
export function LevelOutcomesFold(props: LevelOutcomesFoldProps) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  return (
    <details className="level-outcomes-fold" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 className="group-heading">{t("levelOutcomes")}</h3>
      </summary>
      {open && (
        <Suspense fallback={<p className="hint">{t("loading")}</p>}>
          <LevelOutcomes {...props} />
        </Suspense>
      )}
    </details>
  );
}
