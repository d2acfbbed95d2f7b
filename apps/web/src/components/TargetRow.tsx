import { memo } from "react";
import type { Projection, Solution, TargetEvaluation } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { gapText, goalText, indicatorName, projectedText, targetLabel } from "../format/targets";
import { VerdictBadge } from "./VerdictBadge";
import { RequiredRate } from "./RequiredRate";
import { StarIcon } from "./icons";
import { TargetProbability } from "../probability/TargetProbability";

export interface TargetRowProps {
  evaluation: TargetEvaluation;
  projection: Projection;
  onApply: (indicator: string, solution: Solution) => void;
  /** Opens the target's "Độ nhạy" (tornado) dialog. */
  onSensitivity?: (targetId: string) => void;
}

function sameSolution(a: Solution | undefined, b: Solution | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.status !== b.status) return false;
  return a.status !== "solved" || (b.status === "solved" && a.rate === b.rate && a.from === b.from && a.to === b.to);
}

/**
 * Whether a row would show the same thing. Every input yields new evaluation objects,
 * but most targets (all the social ones, for a GRDP slider) do not move. The probability
 * cell is not among the props: it reads the run itself (TargetProbability).
 */
export function sameRow(a: TargetRowProps, b: TargetRowProps): boolean {
  return (
    a.onApply === b.onApply &&
    a.onSensitivity === b.onSensitivity &&
    a.projection.input.region === b.projection.input.region &&
    sameEvaluation(a.evaluation, b.evaluation)
  );
}

/** Whether a row's evaluation shows the same thing (see sameRow). */
export function sameEvaluation(x: TargetEvaluation, y: TargetEvaluation): boolean {
  return (
    x.target.id === y.target.id &&
    x.target.active === y.target.active &&
    x.met === y.met &&
    x.verdict === y.verdict &&
    x.basis === y.basis &&
    x.measuredYears === y.measuredYears &&
    x.outcomeYears === y.outcomeYears &&
    x.backcastYears.join() === y.backcastYears.join() &&
    Object.is(x.projected, y.projected) &&
    Object.is(x.gap, y.gap) &&
    sameSolution(x.required.own, y.required.own) &&
    sameSolution(x.required.grdpGrowth, y.required.grdpGrowth)
  );
}

/** One target: goal, projection, verdict, gap and the rate the free years need (with Apply). */
export const TargetRow = memo(function TargetRow({ evaluation: e, projection, onApply, onSensitivity }: TargetRowProps) {
  const { lang, t } = useLang();
  const tg = e.target;
  const label = targetLabel(tg, projection, lang);
  const linked = e.required.grdpGrowth !== undefined;
  return (
    <tr className={tg.active ? undefined : "inactive"} data-target={tg.id}>
      <TargetHeading label={label} priority={!!tg.priority} term={tg.scope === "term"} year={tg.year} active={tg.active} />
      <td className="num" data-label={t("colGoal")}>{goalText(tg, projection, lang)}</td>
      <td className="num" data-label={t("colProjected")}>{projectedText(e, projection, lang)}</td>
      <td className="verdict-td" data-label={t("colVerdict")}>
        <VerdictBadge
          verdict={e.verdict}
          basis={e.basis}
          measuredYears={e.measuredYears}
          outcomeYears={e.outcomeYears}
          backcastYears={e.backcastYears}
        />
      </td>
      <td className="num" data-label={t("colProbability")}>
        <TargetProbability id={tg.id} label={label} />
        {onSensitivity && e.verdict !== "noData" && (
          <button
            type="button"
            className="button small sensitivity-button"
            aria-label={t("sensitivityOf", { target: label })}
            onClick={() => onSensitivity(tg.id)}
          >
            {t("sensitivity")}
          </button>
        )}
      </td>
      <td className="num" data-label={t("colGap")}>{gapText(e, projection, lang)}</td>
      <td data-label={t("colRequired")}>
        <RequiredRate
          solution={e.required.own}
          verdict={e.verdict}
          prefix={linked ? indicatorName(projection, tg.indicator, lang) + ":" : undefined}
          applyLabel={t("applyOwn", { target: label })}
          onApply={() => onApply(tg.indicator, e.required.own)}
        />
        {e.required.grdpGrowth && (
          <RequiredRate
            solution={e.required.grdpGrowth}
            verdict={e.verdict}
            prefix={t("grdpNeeded") + ":"}
            applyLabel={t("applyGrdp", { target: label })}
            onApply={() => onApply("grdpGrowth", e.required.grdpGrowth!)}
          />
        )}
      </td>
    </tr>
  );
}, sameRow);

/** The row's heading cell: the target's words and tags, memoised on them (a slider never changes them). */
const TargetHeading = memo(function TargetHeading({ label, priority, term, year, active }: { label: string; priority: boolean; term: boolean; year: number; active: boolean }) {
  const { t } = useLang();
  return (
    <th scope="row">
      <span className="target-label">{label}</span>
      <span className="target-meta">
        {priority && (
          <span className="tag tag-priority">
            <StarIcon /> {t("priority")}
          </span>
        )}
        <span className="tag">{term ? t("termTarget") : t("yearPlan", { year })}</span>
        {!active && <span className="tag tag-unused">{t("readingUnused")}</span>}
      </span>
    </th>
  );
});
