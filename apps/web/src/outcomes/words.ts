import type { TargetEvaluation, Verdict, VerdictBasis } from "@lotrinh/core";
import type { StringKey } from "../i18n/strings";

const VERDICT_KEYS: Record<Verdict, StringKey> = {
  exceeded: "verdictExceeded",
  met: "verdictMet",
  missed: "verdictMissed",
  noData: "verdictNoData",
  undefined: "verdictUndefined",
};

const BASIS_KEYS: Record<VerdictBasis, { label: StringKey; title: StringKey }> = {
  actual: { label: "basisActual", title: "basisActualTitle" },
  circular: { label: "basisCircular", title: "basisCircularTitle" },
  projection: { label: "basisProjection", title: "basisProjectionTitle" },
};

/** vượt / đạt / không đạt / chưa có số liệu / không xác định. */
export function verdictKey(v: Verdict): StringKey {
  return VERDICT_KEYS[v];
}

export function basisKeys(b: VerdictBasis): { label: StringKey; title: StringKey } {
  return BASIS_KEYS[b];
}

/** Whether "3/5 năm đã có số thực hiện" is worth saying: some, but not all, measured years are outcomes. */
export function showsOutcomeYears(e: Pick<TargetEvaluation, "measuredYears" | "outcomeYears">): boolean {
  return e.measuredYears > 0 && e.outcomeYears > 0;
}
