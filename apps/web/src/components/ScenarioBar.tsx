import { memo, useId, useState, type ChangeEvent } from "react";
import type { RegionId } from "@lotrinh/core";
import type { Library, LibraryScenario, RegionBundle } from "../state/types";
import { scenarioName } from "../state/library";
import { newUserId } from "../state/ids";
import { exportFileName, importScenarioText } from "../state/importFile";
import { loadValidation } from "../state/lazyValidation";
import { useActions } from "../state/AppContext";
import { useLang } from "../i18n/LangContext";
import { loadBundle } from "../regions";
import { RenameForm } from "./RenameForm";
import { saveFile } from "../export/saveFile";
import type { PercentSlipOffer } from "../state/percentFix";

/** What the scenario list shows of each scenario (primitives: the bar re-renders only when they change). */
export interface ScenarioOption {
  id: string;
  name: string;
  builtIn: boolean;
  illustrative: boolean;
}

export interface ScenarioBarProps {
  options: ScenarioOption[];
  activeId: string;
  /** The open scenario's own (file) name, which rename edits. */
  activeFileName: string;
  builtIn: boolean;
  illustrative: boolean;
  description?: string;
  /** The description in English, shown in English where the scenario gives one. */
  descriptionEn?: string;
  canUndo: boolean;
  canRedo: boolean;
  /** Read at the moment of an action, so that edits do not re-render the bar. */
  current: () => { bundle: RegionBundle; library: Library; active: LibraryScenario };
}

/** The open scenario and what can be done with it: switch, create, copy, rename, delete, export, import, undo. */
export const ScenarioBar = memo(function ScenarioBar(p: ScenarioBarProps) {
  const { lang, t } = useLang();
  const { dispatch, notify } = useActions();
  const [renaming, setRenaming] = useState(false);
  const scenarioSelect = useId();
  const builtIns = p.options.filter((s) => s.builtIn);
  const own = p.options.filter((s) => !s.builtIn);
  const shownName = p.options.find((o) => o.id === p.activeId)?.name ?? p.activeFileName;

  // A file whose rates look typed as percents: the suggestion waits here; nothing is saved until the user chooses.
  const [slip, setSlip] = useState<{ file: string; offer: PercentSlipOffer } | null>(null);
  const importContent = async (name: string, content: string, checkSlip: boolean) => {
    try {
      if (checkSlip) {
        const offer = (await import("../state/percentFix")).percentSlipOffer(content);
        if (offer) return setSlip({ file: name, offer });
      }
      const validation = await loadValidation();
      const { bundle, library } = p.current();
      const r = await importScenarioText(content, lang, library, validation, (id: RegionId) => loadBundle(id), newUserId);
      if (!r.ok) return notify({ tone: "error", key: "importFailed", params: { file: name, error: r.error } });
      if (r.bundle.region.id !== bundle.region.id) dispatch({ type: "openRegion", bundle: r.bundle });
      dispatch({ type: "add", saved: r.saved, undoable: true });
      notify({ tone: "info", key: "imported", params: { name: r.saved.scenario.name } });
    } catch (err) {
      notify({ tone: "error", key: "importFailed", params: { file: name, error: (err as Error).message } });
    }
  };
  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = ""; // the same file can be chosen again after fixing it
    if (!file) return;
    setSlip(null);
    await importContent(file.name, await file.text(), true);
  };

  const onExport = () => {
    const { active } = p.current();
    saveFile(new Blob([JSON.stringify(active.scenario, null, 2) + "\n"], { type: "application/json" }), exportFileName(scenarioName(active.scenario, lang)));
  };

  return (
    <section className="scenario-bar" aria-label={t("scenario")}>
      <div className="scenario-pick">
        <span className="field-inline">
          <label htmlFor={scenarioSelect}>{t("scenario")}</label>
          <select id={scenarioSelect} value={p.activeId} onChange={(e) => dispatch({ type: "select", id: e.currentTarget.value })}>
            <optgroup label={t("builtInGroup")}>
              {builtIns.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                  {s.illustrative ? ` (${t("illustrativeBadge")})` : ""}
                </option>
              ))}
            </optgroup>
            {own.length > 0 && (
              <optgroup label={t("userGroup")}>
                {own.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </span>
        {p.builtIn && <span className="tag">{t("builtInBadge")}</span>}
        {p.illustrative && <span className="tag tag-illustrative">{t("illustrativeBadge")}</span>}
      </div>
      {renaming && !p.builtIn ? (
        <RenameForm
          initial={p.activeFileName}
          onCancel={() => setRenaming(false)}
          onSave={(n) => {
            dispatch({ type: "rename", id: p.activeId, name: n });
            setRenaming(false);
          }}
        />
      ) : (
        <div className="toolbar" role="group" aria-label={t("scenarioActions")}>
          <button type="button" className="button" onClick={() => dispatch({ type: "create", newId: newUserId() })}>
            {t("newScenario")}
          </button>
          <button type="button" className="button" onClick={() => dispatch({ type: "duplicate", id: p.activeId, newId: newUserId() })}>
            {t("duplicate")}
          </button>
          <button type="button" className="button" disabled={p.builtIn} onClick={() => setRenaming(true)}>
            {t("rename")}
          </button>
          <button
            type="button"
            className="button"
            disabled={p.builtIn}
            onClick={() => {
              dispatch({ type: "delete", id: p.activeId });
              notify({ tone: "info", key: "deleted", params: { name: shownName } });
            }}
          >
            {t("delete")}
          </button>
          <span className="toolbar-sep" />
          <button type="button" className="button" onClick={onExport}>
            {t("exportFile")}
          </button>
          <label className="button file-button">
            {t("importFile")}
            <input type="file" accept=".json,application/json" className="visually-hidden" onChange={onImport} />
          </label>
          <span className="toolbar-sep" />
          <button type="button" className="button" disabled={!p.canUndo} title={t("undoHint")} onClick={() => dispatch({ type: "undo" })}>
            {t("undo")}
          </button>
          <button type="button" className="button" disabled={!p.canRedo} title={t("redoHint")} onClick={() => dispatch({ type: "redo" })}>
            {t("redo")}
          </button>
        </div>
      )}
      {(p.builtIn || p.description) && (
        <div className="scenario-notes">
          {p.description && (lang === "en" && p.descriptionEn ? <p lang="en">{p.descriptionEn}</p> : <p lang="vi">{p.description}</p>)}
          {p.illustrative && <p className="hint">{t("illustrativeNote")}</p>}
          {p.builtIn && <p className="hint">{t("builtInNote")}</p>}
        </div>
      )}
      {slip && (
        <div className="notice notice-warning percent-slip" role="alert">
          <p>
            <strong>{t("percentSlipTitle", { file: slip.file })}</strong>
            <br />
            {slip.offer.slip.path}: {slip.offer.slip.message[lang]}
          </p>
          <div className="percent-slip-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                const { file, offer } = slip;
                setSlip(null);
                void importContent(file, offer.fixedText, false);
              }}
            >
              {t("percentSlipUse", { n: slip.offer.count })}
            </button>
            <button type="button" className="button" onClick={() => setSlip(null)}>
              {t("percentSlipCancel")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
});
