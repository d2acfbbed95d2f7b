import { memo, useMemo } from "react";
import { formatNumber, formatPercent, formatValue, planChecks, STATUS_LABELS, type Lang, type PlanCheck, type Projection } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { useSettled } from "../outcomes/useSettled";
import { checkWord } from "./words";
import "./checks.css";

function valueText(v: number, unit: string, lang: Lang): string {
  if (!Number.isFinite(v)) return "–";
  if (unit === "rate") return formatPercent(v, lang);
  if (unit === "ratio") return formatNumber(v, lang, 3);
  return formatValue(v, unit, lang);
}

function rangeText(c: PlanCheck, lang: Lang): string {
  return `${valueText(c.plausible.min, c.unit, lang)} – ${valueText(c.plausible.max, c.unit, lang)}`;
}

function sourceText(source: string | undefined, projection: Projection, lang: Lang): string {
  if (!source) return "";
  const i = projection.input.region.sources.findIndex((s) => s.id === source);
  if (i >= 0) return ` [${i + 1}]`;
  return source === "scenario" ? (lang === "vi" ? " (kịch bản)" : " (scenario)") : ` (${source})`;
}

/** One check: its finding, verdict, implied value against the range; formula and figures in a fold. */
function CheckItem({ check: c, projection }: { check: PlanCheck; projection: Projection }) {
  const { lang } = useLang();
  return (
    <li className={`check check-${c.verdict}`} data-check={c.key}>
      <div className="check-head">
        <span className={`check-verdict check-verdict-${c.verdict}`}>{checkWord(lang, c.verdict)}</span>
        <strong>{c.title[lang]}</strong>
      </div>
      <p className="check-text">{c.text[lang]}</p>
      <dl className="check-numbers">
        <div>
          <dt>{checkWord(lang, "implied")}</dt>
          <dd>{valueText(c.implied, c.unit, lang)}</dd>
        </div>
        <div>
          <dt>{checkWord(lang, "range")}</dt>
          <dd>{rangeText(c, lang)}</dd>
        </div>
        <div>
          <dt>{checkWord(lang, "formula")}</dt>
          <dd>
            <code>{c.formula[lang]}</code>
          </dd>
        </div>
      </dl>
      {c.figures.length > 0 && (
        <details className="check-figures">
          <summary>{checkWord(lang, "figures")}</summary>
          <ul>
            {c.figures.map((f, i) => (
              <li key={i}>
                {f.label[lang]}: {valueText(f.value, f.unit, lang)}{" "}
                <span className="muted">
                  ({STATUS_LABELS[f.status][lang]}
                  {sourceText(f.source, projection, lang)})
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {c.missing.length > 0 && (
        <p className="check-missing">
          {checkWord(lang, "missing")}: {c.missing.map((m) => m[lang]).join("; ")}
        </p>
      )}
    </li>
  );
}

/**
 * "Kiểm tra tính nhất quán của kế hoạch": core's plan-consistency checks of the scenario. Loaded
 * lazily; it follows slider input when the drag pauses, so that the drag's frames stay short.
 */
export default function ChecksPanel(props: { projection: Projection }) {
  const projection = useSettled(props.projection);
  return <Checks projection={projection} />;
}

const Checks = memo(function Checks({ projection }: { projection: Projection }) {
  const { lang } = useLang();
  const checks = useMemo(() => planChecks(projection), [projection]);
  const count = (v: PlanCheck["verdict"]) => checks.filter((c) => c.verdict === v).length;
  return (
    <section className="panel checks-panel" aria-labelledby="checks-heading">
      <div className="panel-head">
        <h2 id="checks-heading">{checkWord(lang, "title")}</h2>
        <p className="summary">
          {checkWord(lang, "summary", { bad: count("implausible"), ok: count("plausible"), missing: count("missingData") })}
        </p>
      </div>
      <p className="hint">{checkWord(lang, "intro")}</p>
      <ul className="check-list">
        {checks.map((c) => (
          <CheckItem key={c.key} check={c} projection={projection} />
        ))}
      </ul>
    </section>
  );
});
