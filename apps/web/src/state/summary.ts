import type { Solution, TargetEvaluation } from "@lotrinh/core";

/** At most this many targets in the summary strip: it must fit the first screen of a phone. */
export const SUMMARY_MAX = 4;

/**
 * The targets the summary strip shows: the priority targets in use, in the region's order; a
 * region without priorities gets its first judged term targets instead. Reading alternatives not
 * in use are left out.
 */
export function summaryTargets(evaluations: readonly TargetEvaluation[]): TargetEvaluation[] {
  const active = evaluations.filter((e) => e.target.active);
  const priority = active.filter((e) => e.target.priority);
  const chosen = priority.length
    ? priority
    : active.filter((e) => e.target.scope === "term" && e.verdict !== "noData" && e.verdict !== "undefined");
  return chosen.slice(0, SUMMARY_MAX);
}

/**
 * The rate still needed is worth stating only for a target not met: for a target met or exceeded
 * it is no news, and for an exceeded one it is a negative rate nobody would plan for.
 */
export function neededSolution(e: TargetEvaluation): Solution | undefined {
  if (e.verdict !== "missed") return undefined;
  return e.required.own.status === "solved" ? e.required.own : e.required.grdpGrowth ?? e.required.own;
}

/** Whether applying the required rate changes what the row says: only a missed target becomes met. */
export function applyChangesVerdict(e: Pick<TargetEvaluation, "verdict">, solution: Solution): boolean {
  return e.verdict === "missed" && solution.status === "solved";
}
