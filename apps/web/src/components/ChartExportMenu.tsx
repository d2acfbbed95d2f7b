import { memo, useEffect, useRef, useState } from "react";
import type { ChartShown } from "../export/chartFiles";
import type { ExportKind } from "../export/chartExport";
import { useActions } from "../state/AppContext";
import { useLang } from "../i18n/LangContext";

const loadExport = () => import("../export/chartExport");
const ITEMS = [
  ["svg", "exportSvg"],
  ["png2", "exportPng2"],
  ["png3", "exportPng3"],
  ["csv", "exportCsv"],
  ["csvExcelVi", "exportCsvExcelVi"],
  ["xlsx", "exportXlsx"],
  ["embed", "copyEmbed"],
] as const;

/** What an export came to: a message for the live region, and the embed code when it must be copied by hand. */
export interface ExportResult {
  status: string;
  manual?: string;
}

export interface ChartExportMenuProps {
  /** The chart as shown, read when an item is chosen. */
  chart: () => ChartShown;
  title: string;
  onResult: (result: ExportResult) => void;
}

/**
 * A chart card's export menu: SVG, PNG at 2× and 3×, CSV and the embed code, of the card
 * as shown. A disclosure (keyboard and screen-reader friendly without scripting); it closes
 * on Escape, on a click elsewhere and once an item is chosen.
 */
export const ChartExportMenu = memo(function ChartExportMenu({ chart, title, onResult }: ChartExportMenuProps) {
  const { t } = useLang();
  const { current } = useActions();
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      const el = menu.current;
      if (!el || (e instanceof KeyboardEvent ? e.key !== "Escape" : el.contains(e.target as Node))) return;
      el.open = false;
      if (e instanceof KeyboardEvent) el.querySelector("summary")?.focus();
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);
  const run = (kind: ExportKind) => {
    menu.current!.open = false;
    onResult({ status: t("exportWorking") });
    loadExport()
      .then((m) => m.exportChart(kind, chart(), current))
      .then(
        (r) => {
          if (r.kind === "file") onResult({ status: t("exportSaved", { file: r.name }) });
          else if (!r.copied) onResult({ status: t("embedCopyFailed"), manual: r.snippet });
          else onResult({ status: t(r.left.length ? "embedCopiedPartial" : "embedCopied", { names: r.left.join(", ") }) });
        },
        (e: Error) => onResult({ status: t("exportFailed", { error: e.message }) }),
      );
  };
  return (
    <details
      ref={menu}
      className="export-menu"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        if (e.currentTarget.open) loadExport().catch(() => undefined); // ready before an item is chosen
      }}
    >
      <summary className="button small">
        {t("exportMenu")}
        <span className="visually-hidden">: {title}</span>
      </summary>
      <ul className="export-items">
        {ITEMS.map(([kind, label]) => (
          <li key={kind}>
            <button type="button" onClick={() => run(kind)}>
              {t(label)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
});
