import { STATUS_LABELS, type LocalizedText } from "@lotrinh/core";
import type { CellStatus } from "../state/editorModel";
import { useLang } from "../i18n/LangContext";

export interface StatusTagProps {
  status: CellStatus;
  sourceIndex?: number;
  sourceTitle?: string;
  note?: LocalizedText;
  scenarioName?: string;
  /** The source note of an outcome the user entered. */
  outcomeSource?: string;
}

/**
 * Where a value comes from, in words: "kế hoạch [1]", "giả định", "đã sửa", "thực hiện".
 * The bracketed number points into the sources list of the panel.
 */
export function StatusTag(props: StatusTagProps) {
  const { label, title } = useStatusText(props);
  return (
    <span className={`status status-${props.status}`} title={title}>
      {label}
    </span>
  );
}

/** The words of a status tag: its label and its tooltip. */
export function useStatusText({ status, sourceIndex, sourceTitle, note, scenarioName, outcomeSource }: StatusTagProps): {
  label: string;
  title: string;
} {
  const { lang, t } = useLang();
  const ref = sourceIndex !== undefined ? ` [${sourceIndex}]` : "";
  let label: string;
  let title: string;
  switch (status) {
    case "plan":
      label = STATUS_LABELS.plan[lang] + ref;
      title = t("statusPlanTitle", { n: sourceIndex ?? "?", title: sourceTitle ?? "" });
      break;
    case "actual":
      label = STATUS_LABELS.actual[lang] + ref;
      title = t("statusActualTitle", { n: sourceIndex ?? "?", title: sourceTitle ?? "" });
      break;
    case "estimate":
      label = STATUS_LABELS.estimate[lang] + ref;
      title =
        sourceIndex !== undefined
          ? t("statusActualTitle", { n: sourceIndex, title: sourceTitle ?? "" })
          : t("statusEstimateTitle", { source: outcomeSource ? `: ${outcomeSource}` : "" });
      break;
    case "projected":
      label = STATUS_LABELS.projected[lang];
      title = t("statusProjectedTitle");
      break;
    case "backcast":
      label = STATUS_LABELS.backcast[lang];
      title = t("statusBackcastTitle");
      break;
    case "assumption":
      label = STATUS_LABELS.assumption[lang];
      title = t("statusAssumptionTitle", { note: note?.[lang] ?? "" });
      break;
    case "scenario":
      label = t("statusScenario");
      title = t("statusScenarioTitle", { name: scenarioName ?? "" });
      break;
    case "edited":
      label = t("statusEdited");
      title = t("statusEditedTitle");
      break;
    case "locked":
      label = t("statusLocked");
      title = outcomeSource ? t("statusOutcomeTitle", { source: `: ${outcomeSource}` }) : t("statusLockedTitle");
      break;
    case "linked":
      label = t("statusLinked");
      title = t("statusLinkedTitle");
      break;
  }
  return { label, title };
}
