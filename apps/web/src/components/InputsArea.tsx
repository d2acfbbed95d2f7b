import { useState, type ReactNode } from "react";
import { useLang } from "../i18n/LangContext";

/**
 * Where the inputs sit: on a phone a folded section ("Hiện giả định đầu vào") after the targets
 * and charts, so that some 45 rate editors do not push the answer off the first screens.
 */
export function InputsArea({ narrow, children }: { narrow: boolean; children: ReactNode }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  if (!narrow) return <div className="inputs-area">{children}</div>;
  return (
    <details className="inputs-area inputs-fold" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="button">{t("inputsToggle")}</summary>
      {open && children}
    </details>
  );
}
