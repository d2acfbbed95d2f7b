import { createContext, useContext } from "react";
import type { Action } from "./reducer";
import type { Notice } from "./notices";

export interface AppActions {
  dispatch: (a: Action) => void;
  /** Same as dispatch, for slider input (synchronous under ?bench). */
  dispatchInput: (a: Action) => void;
  notify: (notice: Notice) => void;
}

/** Stable callbacks only: components that just act on the state do not re-render when it changes. */
export const ActionsContext = createContext<AppActions>({
  dispatch: () => undefined,
  dispatchInput: () => undefined,
  notify: () => undefined,
});

export function useActions(): AppActions {
  return useContext(ActionsContext);
}
