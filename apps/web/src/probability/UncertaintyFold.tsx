import { lazy, Suspense, useState } from "react";
import type { Projection, Scenario } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";

const UncertaintyEditor = lazy(() => import("./UncertaintyEditor"));

/** A fold at the end of the inputs: the uncertainty editor's code loads when it is first opened. */
export function UncertaintyFold(props: { projection: Projection; scenario: Scenario; base: Scenario }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  return (
    <details className="uncertainty-fold" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 className="group-heading">{t("uncertaintyTitle")}</h3>
      </summary>
      {open && (
        <Suspense fallback={<p className="hint">{t("loading")}</p>}>
          <UncertaintyEditor {...props} />
        </Suspense>
      )}
    </details>
  );
}
