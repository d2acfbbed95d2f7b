import { createContext, memo, useContext, useMemo } from "react";
import { formatNumber } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { ProbabilityCell } from "./ProbabilityCell";
import { probabilitiesOf, type RiskState } from "./riskState";

/** What the targets table shows of the Monte Carlo run, read by each row's probability cell. */
export interface TableRisk {
  /** No run wired (undefined risk) or a failed run: nothing to show. */
  off: boolean;
  /** Whether a run has answered: until then each cell says "đang tính…". */
  answered: boolean;
  probabilities: ReadonlyMap<string, number | null>;
  /** The run's paths and seed, in words (the cells' tooltip). */
  title: string;
}

const TableRiskContext = createContext<TableRisk>({ off: true, answered: false, probabilities: new Map(), title: "" });

export const TableRiskProvider = TableRiskContext.Provider;

/**
 * The table's view of a run, the same object while the report does not change: a slider's move
 * re-renders no probability cell, and when a run lands only the cells re-render, not the rows
 * around them. A run turning stale re-renders none of them: the tables' wrapper says so
 * (TargetsPanel, aria-busy), and the figures dim through it.
 */
export function useTableRisk(risk: RiskState | undefined): TableRisk {
  const { lang, t } = useLang();
  const report = risk?.report;
  const off = !risk || !!risk.error;
  // Once a run, not on every input: number formatting (Intl) is not free on the slider's path.
  return useMemo(
    () => ({
      off,
      answered: !!report,
      probabilities: probabilitiesOf(report),
      title: report ? t("probabilityTitle", { paths: formatNumber(report.risk.settings.paths, lang, 0), seed: report.risk.settings.seed }) : "",
    }),
    [off, report, lang, t],
  );
}

/** A target row's probability cell, fed by the table's run (TableRiskProvider). */
export const TargetProbability = memo(function TargetProbability({ id, label }: { id: string; label: string }) {
  const risk = useContext(TableRiskContext);
  const probability = risk.off ? null : risk.answered ? risk.probabilities.get(id) : undefined;
  return <ProbabilityCell probability={probability} target={label} title={risk.title} />;
});
