import { createContext, useContext } from "react";
import type { Action } from "./reducer";
import type { Notice } from "./notices";
import type { Library, RegionBundle } from "./types";

export interface AppActions {
  dispatch: (a: Action) => void;
  notify: (notice: Notice) => void;
  /** The region and library at the moment of the call (for exports made on demand, e.g. an embed's link). */
  current: () => { bundle: RegionBundle; library: Library };
}

/** Stable callbacks only: components that just act on the state do not re-render when it changes. */
export const ActionsContext = createContext<AppActions>({
  dispatch: () => undefined,
  notify: () => undefined,
  current: () => {
    throw new Error("no app state outside <App>");
  },
});

export function useActions(): AppActions {
  return useContext(ActionsContext);
}
