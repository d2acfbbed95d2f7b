import { useEffect, useState } from "react";

/** Below this width the editor puts the answer first and folds the inputs (styles.css uses the same). */
export const NARROW_QUERY = "(max-width: 699.98px)";

/** Whether the window is phone-narrow, kept up to date as it is resized or turned. */
export function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(() => typeof window !== "undefined" && window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return narrow;
}
