import { loadEnglish } from "./i18n/strings";
import { loadValidation } from "./state/lazyValidation";
import { loadBundle, REGION_LIST } from "./regions";

/**
 * After the first screen is up, fetch the small lazy chunks while the browser is
 * idle: switching language, region or view is then instant, and keeps working if
 * the connection drops. mathjs (formulas, ~180 kB) is left until a formula needs it.
 */
export function prefetchWhenIdle(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1500));
  idle(() => {
    const ignore = () => undefined; // a failed prefetch is retried when the chunk is really needed
    loadEnglish().catch(ignore);
    import("./components/CompareView").catch(ignore);
    import("./components/ReportView").catch(ignore);
    import("./export/chartExport").catch(ignore);
    loadValidation().catch(ignore);
    for (const r of REGION_LIST) loadBundle(r.id).catch(ignore);
  });
}
