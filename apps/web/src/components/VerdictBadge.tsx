import { memo } from "react";
import type { Verdict, VerdictBasis } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { basisKeys, verdictKey } from "../outcomes/words";
import { CheckIcon, CrossIcon, DashIcon } from "./icons";
import "../outcomes/verdict.css";

export interface VerdictBadgeProps {
  verdict: Verdict;
  /** What the verdict rests on; omitted where only the word fits. */
  basis?: VerdictBasis;
  measuredYears?: number;
  outcomeYears?: number;
  backcastYears?: readonly number[];
}

/**
 * vượt / đạt / không đạt / chưa có số liệu: a word and an icon, colour only as a third cue;
 * beside it what the verdict rests on ("theo giả định lấy từ chính chỉ tiêu", never a plain
 * "đạt" for those), how many measured years are outcomes, and the back-cast years.
 */
export const VerdictBadge = memo(function VerdictBadge({ verdict, basis, measuredYears = 0, outcomeYears = 0, backcastYears = [] }: VerdictBadgeProps) {
  const { t } = useLang();
  const met = verdict === "met" || verdict === "exceeded";
  const judged = met || verdict === "missed";
  const tone = !judged ? "none" : basis === "circular" ? "circular" : met ? "met" : "missed";
  const keys = basis && judged ? basisKeys(basis) : undefined;
  const backcast = backcastYears.length ? t("basisBackcast", { years: backcastYears.join(", ") }) : "";
  const years = judged && measuredYears > 0 && (outcomeYears > 0 || measuredYears > 1);
  return (
    <span className="verdict-cell" data-verdict={verdict} data-basis={basis}>
      <span className={`verdict verdict-${tone}`}>
        {!judged ? <DashIcon /> : met ? <CheckIcon /> : <CrossIcon />}
        <span>{t(verdictKey(verdict))}</span>
      </span>
      {keys && (
        <span className={`basis basis-${basis}`} title={[t(keys.title), backcast].filter(Boolean).join("\n")}>
          {t(keys.label)}
          {backcast && <span className="visually-hidden">. {backcast}</span>}
        </span>
      )}
      {years && <span className="basis-years">{t("basisYears", { n: outcomeYears, total: measuredYears })}</span>}
    </span>
  );
},
// Memoised by value: every input yields new evaluations, but a verdict a slider does not flip stays as it is.
(a, b) =>
  a.verdict === b.verdict &&
  a.basis === b.basis &&
  a.measuredYears === b.measuredYears &&
  a.outcomeYears === b.outcomeYears &&
  sameYears(a.backcastYears, b.backcastYears),
);

function sameYears(a: readonly number[] = [], b: readonly number[] = []): boolean {
  return a.length === b.length && a.every((y, i) => y === b[i]);
}
