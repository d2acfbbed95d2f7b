import { useCallback } from "react";
import { isRateInput, type Projection, type Scenario } from "@lotrinh/core";
import { useActions } from "../state/AppContext";
import { editAction } from "../state/actions";
import { useLang } from "../i18n/LangContext";
import { decimalFieldText, parseDecimal, percentFieldText } from "../state/numberInput";
import { NumberSetting } from "./NumberSetting";
import { freshSeed, ownSigma, setParam, setSigma, type UncertaintyParam } from "./uncertaintyEdits";
import { riskWord } from "./words";
import "./probability.css";

export interface UncertaintyEditorProps {
  projection: Projection;
  scenario: Scenario;
  base: Scenario;
}

/** σ per rate input, σ of the buoyancy, persistence, correlation and seed of the Monte Carlo run. Loaded lazily. */
export default function UncertaintyEditor({ projection, scenario, base }: UncertaintyEditorProps) {
  const { lang } = useLang();
  const { dispatch } = useActions();
  const w = (k: Parameters<typeof riskWord>[1], p?: Record<string, string | number>) => riskWord(lang, k, p);
  const edit = useCallback(
    (key: string, apply: (s: Scenario, b: Scenario) => Scenario) => dispatch(editAction({ kind: "transform", key, apply })),
    [dispatch],
  );
  const input = projection.input;
  const u = input.uncertainty;
  const inputs = input.indicators.filter((d) => isRateInput(d));
  const hasRevenue = input.indicators.some((d) => d.id === "budgetRevenue");

  const sigmaCheck = (field: string) => (text: string) => {
    const n = parseDecimal(text);
    if (!n.ok || n.value < 0 || n.value > 100) return { ok: false as const, message: w("badSigma", { field }) };
    return { ok: true as const, value: Math.round(n.value * 1e4) / 1e6 };
  };
  const param = (key: UncertaintyParam, label: string, shown: string, check: (t: string) => number | undefined, bad: Parameters<typeof riskWord>[1], hint?: string) => (
    <NumberSetting
      label={label}
      shown={shown}
      hint={hint}
      check={(text) => {
        const v = check(text);
        return v === undefined ? { ok: false, message: w(bad, { field: label }) } : { ok: true, value: v };
      }}
      onValue={(v) => edit(`param:${key}`, (s) => setParam(s, key, v))}
      edited={scenario.params?.[key] !== base.params?.[key]}
      resetLabel={w("reset", { field: label })}
      onReset={() => edit(`param:${key}`, (s, b) => setParam(s, key, b.params?.[key]))}
    />
  );
  const inRange = (lo: number, hi: number, hiOpen = false) => (text: string) => {
    const n = parseDecimal(text);
    return n.ok && n.value >= lo && (hiOpen ? n.value < hi : n.value <= hi) ? n.value : undefined;
  };

  return (
    <div className="uncertainty-editor">
      <p className="hint">{w("uncertaintyIntro")}</p>
      <fieldset className="indicator-editor">
        <legend>{w("sigmaGroup")}</legend>
        {inputs.map((d) => {
          const name = (d.short ?? d.name)[lang];
          const label = w("sigmaField", { name });
          const sigma = u.inputs[d.id]?.sigma ?? 0;
          return (
            <NumberSetting
              key={d.id}
              label={label}
              shown={percentFieldText(sigma, lang)}
              check={sigmaCheck(label)}
              onValue={(v) => edit(`sigma:${d.id}`, (s) => setSigma(s, d.id, v))}
              edited={ownSigma(scenario, d.id) !== ownSigma(base, d.id)}
              resetLabel={w("reset", { field: label })}
              onReset={() => edit(`sigma:${d.id}`, (s, b) => setSigma(s, d.id, ownSigma(b, d.id)))}
            />
          );
        })}
        {hasRevenue && (
          <NumberSetting
            label={w("buoyancySigma")}
            shown={decimalFieldText(u.revenueBuoyancy, lang)}
            check={(text) => {
              const n = parseDecimal(text);
              if (!n.ok || n.value < 0 || n.value > 1) return { ok: false, message: w("badBuoyancySigma", { field: w("buoyancySigma") }) };
              return { ok: true, value: n.value };
            }}
            onValue={(v) => edit("sigma:revenueBuoyancy", (s) => setSigma(s, "revenueBuoyancy", v))}
            edited={ownSigma(scenario, "revenueBuoyancy") !== ownSigma(base, "revenueBuoyancy")}
            resetLabel={w("reset", { field: w("buoyancySigma") })}
            onReset={() => edit("sigma:revenueBuoyancy", (s, b) => setSigma(s, "revenueBuoyancy", ownSigma(b, "revenueBuoyancy")))}
          />
        )}
        <p className="hint">{w("sigmaNote")}</p>
      </fieldset>
      {param("persistence", w("persistence"), decimalFieldText(u.persistence, lang), inRange(0, 1, true), "badPersistence", w("persistenceHint"))}
      {param("growthDeflatorCorrelation", w("correlation"), decimalFieldText(u.growthDeflatorCorrelation, lang), inRange(-1, 1), "badCorrelation")}
      <div className="seed-row">
        {param(
          "seed",
          w("seed"),
          String(u.seed),
          (text) => (/^\s*\d{1,10}\s*$/.test(text) && Number(text) <= 0xffffffff ? Number(text) : undefined),
          "badSeed",
          w("seedHint"),
        )}
        <button type="button" className="button small" onClick={() => edit("param:seed", (s) => setParam(s, "seed", freshSeed()))}>
          {w("newSeed")}
        </button>
      </div>
    </div>
  );
}
