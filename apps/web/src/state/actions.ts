import type { Action, ScenarioEdit } from "./reducer";
import { newUserId } from "./ids";

/** An edit of the open scenario; carries the id its edited copy gets if it is a built-in. */
export function editAction(edit: ScenarioEdit): Action {
  return { type: "edit", edit, newId: newUserId(), at: performance.now() };
}
