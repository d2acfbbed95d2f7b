import { useEffect, useState } from "react";
import { registerServiceWorker } from "../pwa/serviceWorker";
import { useLang } from "../i18n/LangContext";

/** "Có phiên bản mới — tải lại": shown once a new version of the app has been downloaded. */
export function UpdateBanner() {
  const { t } = useLang();
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => registerServiceWorker((r) => setReload(() => r)), []);
  if (!reload) return null;
  return (
    <div className="notice notice-info update-banner" role="status">
      <span>{t("updateReady")} — </span>
      <button type="button" className="button small primary" onClick={reload}>
        {t("updateReload")}
      </button>
    </div>
  );
}
