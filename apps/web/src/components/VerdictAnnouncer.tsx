import { useEffect, useRef, useState } from "react";
import { verdictLabel, type Projection, type TargetEvaluation, type Verdict } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { targetLabel } from "../format/targets";

const SETTLE_MS = 600;

/**
 * Tells screen-reader users, politely, which verdicts an edit changed
 * ("Tăng trưởng bình quân nhiệm kỳ 14,5%/năm: không đạt"). Waits for a drag to
 * settle; switching scenario or region is not announced as a change.
 */
export function VerdictAnnouncer({ evaluations, projection, context }: { evaluations: TargetEvaluation[]; projection: Projection; context: string }) {
  const { lang, t } = useLang();
  const [message, setMessage] = useState("");
  const previous = useRef<{ context: string; verdicts: Map<string, Verdict> } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const verdicts = new Map(evaluations.filter((e) => e.target.active).map((e) => [e.target.id, e.verdict]));
    const before = previous.current;
    previous.current = { context, verdicts };
    if (!before || before.context !== context) return;
    const changed = evaluations.filter((e) => e.target.active && before.verdicts.has(e.target.id) && before.verdicts.get(e.target.id) !== e.verdict);
    if (changed.length === 0) return;
    const text = changed
      .map((e) => t("verdictChanged", { target: targetLabel(e.target, projection, lang), verdict: verdictLabel(e.met, lang, e.verdict, e.projected) }))
      .join(". ");
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(text), SETTLE_MS);
  }, [evaluations, projection, context, lang, t]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
