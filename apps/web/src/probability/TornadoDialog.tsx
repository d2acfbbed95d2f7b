import { useEffect, useMemo, useRef, useState } from "react";
import { sensitivity } from "@lotrinh/core/risk";
import { describeTornado, TornadoChart, tornadoTable, type TornadoInput } from "@lotrinh/charts";
import type { Projection, TargetEvaluation } from "@lotrinh/core";
import { useLang } from "../i18n/LangContext";
import { useContainerWidth } from "../hooks/useContainerWidth";
import { saveFile } from "../export/saveFile";
import { DataTable } from "../components/DataTable";
import { tornadoFile, type TornadoFileKind } from "./tornadoFiles";
import { riskWord } from "./words";
import "./probability.css";

export interface TornadoDialogProps {
  evaluation: TargetEvaluation;
  projection: Projection;
  scenarioName: string;
  title: string;
  onClose: () => void;
}

const FILES: [TornadoFileKind, Parameters<typeof riskWord>[1]][] = [
  ["svg", "exportSvg"],
  ["png", "exportPng"],
  ["csv", "exportCsv"],
  ["csvVi", "exportCsvVi"],
];

/**
 * "Độ nhạy": the tornado of one target (core's sensitivity: ±1 point in each input over its
 * free years), in a modal dialog opened from the target's row; its table, alt text and files.
 * Loaded lazily. Sensitivity is deterministic and cheap (two projections an input), memoised here.
 */
export default function TornadoDialog({ evaluation, projection, scenarioName, title, onClose }: TornadoDialogProps) {
  const { lang } = useLang();
  const w = (k: Parameters<typeof riskWord>[1], p?: Record<string, string>) => riskWord(lang, k, p);
  const dialog = useRef<HTMLDialogElement>(null);
  const [ref, width] = useContainerWidth();
  const [status, setStatus] = useState("");
  useEffect(() => {
    const d = dialog.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);
  const sens = useMemo(() => sensitivity(projection.input, [evaluation.target])[0]!, [projection, evaluation.target]);
  const input: TornadoInput = { evaluation, sensitivity: sens, projection, scenario: scenarioName, lang, width: Math.max(320, width) };
  const save = (kind: TornadoFileKind) =>
    tornadoFile(kind, input).then(
      (f) => {
        saveFile(f.blob, f.name);
        setStatus(w("saved", { file: f.name }));
      },
      (e: Error) => setStatus(w("failed", { error: e.message })),
    );
  return (
    <dialog ref={dialog} className="tornado-dialog" aria-labelledby="tornado-heading" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="tornado-heading">{title}</h2>
        <button type="button" className="button small" onClick={() => dialog.current?.close()}>
          {w("close")}
        </button>
      </div>
      <p className="hint">{w("tornadoIntro")}</p>
      <div ref={ref} className="tornado-box" role="img" aria-label={describeTornado(input)}>
        {width > 0 && <TornadoChart {...input} />}
      </div>
      <div className="tornado-files">
        {FILES.map(([kind, label]) => (
          <button key={kind} type="button" className="button small" onClick={() => save(kind)}>
            {w(label)}
          </button>
        ))}
      </div>
      <p className="export-status" role="status">
        {status}
      </p>
      <details className="chart-table">
        <summary>{w("dataTable")}</summary>
        <DataTable table={tornadoTable(input)} caption={title} lang={lang} />
      </details>
    </dialog>
  );
}
