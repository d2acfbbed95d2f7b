import type { Notice } from "../state/notices";
import { useLang } from "../i18n/LangContext";

export interface ShownNotice extends Notice {
  id: number;
}

/** Messages: errors interrupt (role="alert"), information waits (role="status"). Each can be dismissed. */
export function Notices({ notices, onDismiss }: { notices: ShownNotice[]; onDismiss: (id: number) => void }) {
  const { t } = useLang();
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === "error" ? "alert" : "status"}>
          <p>{t(n.key, n.params)}</p>
          <button type="button" className="icon-button" aria-label={t("dismiss")} onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
