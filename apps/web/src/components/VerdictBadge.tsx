import { verdictLabel } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { CheckIcon, CrossIcon, DashIcon } from "./icons";

/** đạt / không đạt / chưa có số liệu: a word and an icon, colour only as a third cue. */
export function VerdictBadge({ met }: { met: boolean | null }) {
  const { lang } = useLang();
  const tone = met === null ? "none" : met ? "met" : "missed";
  return (
    <span className={`verdict verdict-${tone}`}>
      {met === null ? <DashIcon /> : met ? <CheckIcon /> : <CrossIcon />}
      <span>{verdictLabel(met, lang)}</span>
    </span>
  );
}
