import { memo } from "react";
import type { Projection, Solution, TargetEvaluation } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import type { Category, TargetItem } from "../state/targetGroups";
import { ReadingChoice } from "./ReadingChoice";
import { ScrollRegion } from "./ScrollRegion";
import { sameEvaluation, TargetRow } from "./TargetRow";

export interface TargetGroupTableProps {
  category: Category;
  items: TargetItem[];
  projection: Projection;
  onApply: (indicator: string, solution: Solution) => void;
  onChoose: (group: string, option: string) => void;
  onSensitivity: (targetId: string) => void;
}

/** The column headings, the same for every table and input. */
const TargetsHead = memo(function TargetsHead() {
  const { t } = useLang();
  return (
    <thead>
      <tr>
        <th scope="col">{t("colTarget")}</th>
        <th scope="col" className="num">{t("colGoal")}</th>
        <th scope="col" className="num">{t("colProjected")}</th>
        <th scope="col">{t("colVerdict")}</th>
        <th scope="col" className="num">{t("colProbability")}</th>
        <th scope="col" className="num">{t("colGap")}</th>
        <th scope="col">{t("colRequired")}</th>
      </tr>
    </thead>
  );
});

type RowProps = Pick<TargetGroupTableProps, "projection" | "onApply" | "onSensitivity"> & { evaluation: TargetEvaluation };

/** A target on its own in its <tbody>, memoised like its row: a slider's move skips the targets it does not touch. */
const SingleBody = memo(
  function SingleBody({ evaluation, projection, onApply, onSensitivity }: RowProps) {
    return (
      <tbody>
        <TargetRow evaluation={evaluation} projection={projection} onApply={onApply} onSensitivity={onSensitivity} />
      </tbody>
    );
  },
  (a, b) =>
    a.onApply === b.onApply &&
    a.onSensitivity === b.onSensitivity &&
    a.projection.input.region === b.projection.input.region &&
    sameEvaluation(a.evaluation, b.evaluation),
);

function sameItems(a: readonly TargetItem[], b: readonly TargetItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      if (x.type === "single") return y.type === "single" && sameEvaluation(x.evaluation, y.evaluation);
      return y.type === "reading" && x.group === y.group && x.evaluations.length === y.evaluations.length && x.evaluations.every((e, j) => sameEvaluation(e, y.evaluations[j]!));
    })
  );
}

/**
 * One category's targets table. Memoised on what its rows show: a slider's move re-renders only
 * the tables (and within them the rows) whose targets it changes.
 */
export const TargetGroupTable = memo(
  function TargetGroupTable({ category, items, projection, onApply, onChoose, onSensitivity }: TargetGroupTableProps) {
    const { t } = useLang();
    return (
      <ScrollRegion label={`${t("targets")}: ${t(category)}`}>
        <table className="targets-table">
          <caption>{t(category)}</caption>
          <TargetsHead />
          {items.map((item) =>
            item.type === "single" ? (
              <SingleBody key={item.evaluation.target.id} evaluation={item.evaluation} projection={projection} onApply={onApply} onSensitivity={onSensitivity} />
            ) : (
              <tbody key={item.group} className="reading-group">
                <tr>
                  <td colSpan={7}>
                    <ReadingChoice group={item.group} evaluations={item.evaluations} projection={projection} onChoose={onChoose} />
                  </td>
                </tr>
                {item.evaluations.map((e) => (
                  <TargetRow key={e.target.id} evaluation={e} projection={projection} onApply={onApply} onSensitivity={onSensitivity} />
                ))}
              </tbody>
            ),
          )}
        </table>
      </ScrollRegion>
    );
  },
  (a, b) =>
    a.category === b.category &&
    a.onApply === b.onApply &&
    a.onChoose === b.onChoose &&
    a.onSensitivity === b.onSensitivity &&
    a.projection.input.region === b.projection.input.region &&
    sameItems(a.items, b.items),
);
