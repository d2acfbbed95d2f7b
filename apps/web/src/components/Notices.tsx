import type { Notice } from "../state/notices";
import { useLang } from "../i18n/LangContext";
import { errorText } from "../state/errorText";

export interface ShownNotice extends Notice {
  id: number;
}

/** Messages: errors interrupt (role="alert"), information waits (role="status"). Each can be dismissed. */
export function Notices({ notices, onDismiss }: { notices: ShownNotice[]; onDismiss: (id: number) => void }) {
  const { lang, t } = useLang();
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === "error" ? "alert" : "status"}>
          {/* The reasons come from checks written in English: shown in the reader's language. */}
          <p>{t(n.key, n.params && "error" in n.params ? { ...n.params, error: errorText(String(n.params.error), lang) } : n.params)}</p>
          <button type="button" className="icon-button" aria-label={t("dismiss")} onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
