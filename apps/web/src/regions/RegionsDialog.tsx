import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { parseRegion, type Lang, type Region } from "@lotrinh/core";
import type { RegionBundle } from "../state/types";
import { REGION_LIST, forgetBundle } from "../regions";
import { saveFile } from "../export/saveFile";
import { customRegions, deleteCustomRegion, freeRegionId, rawCustomRegion, saveCustomRegion, subscribeCustomRegions, type SaveResult } from "./store";
import { bundleOf } from "./load";
import { HandForm } from "./HandForm";
import { RegionEditor } from "./RegionEditor";
import { dw } from "./dialogWords";
import "./regions.css";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface RegionsDialogProps {
  lang: Lang;
  onOpen: (bundle: RegionBundle) => void;
  onClose: () => void;
}

/** "Thêm địa bàn…": import a region file, download the template, create one by hand; manage the saved ones. */
export default function RegionsDialog({ lang, onOpen, onClose }: RegionsDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const custom = useSyncExternalStore(subscribeCustomRegions, customRegions);
  const [status, setStatus] = useState<string>("");
  const [errors, setErrors] = useState<string[]>([]);
  const [editing, setEditing] = useState<Region | undefined>(undefined);

  // Opened once mounted; unmounting removes it (no close() in a cleanup: that would fire onClose).
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const reason = (r: Exclude<SaveResult, { ok: true }>) => dw(lang, "saveFailed", { reason: dw(lang, r.reason) + (r.error ? ` (${r.error})` : "") });

  /** Saves a valid region under a free id (asking before replacing one of the user's) and opens it. */
  async function keep(region: Region): Promise<string[]> {
    const seeded = REGION_LIST.map((r) => r.id as string);
    const mine = custom.map((r) => r.id);
    let id = region.id;
    if (seeded.includes(id)) id = freeRegionId(id, [...seeded, ...mine]);
    else if (mine.includes(id) && !window.confirm(dw(lang, "confirmReplace", { name: region.name[lang], id })))
      id = freeRegionId(id, [...seeded, ...mine]);
    const stored = id === region.id ? region : { ...region, id };
    const saved = saveCustomRegion(stored);
    if (!saved.ok) return [reason(saved)];
    forgetBundle(id);
    onOpen(await bundleOf(stored));
    return [];
  }

  async function importFile(file: File) {
    setErrors([]);
    setStatus(dw(lang, "importing"));
    const { readRegionFile } = await import("@lotrinh/core/workbook");
    const read = await readRegionFile(file.name, new Uint8Array(await file.arrayBuffer()), lang);
    setStatus("");
    if (!read.ok) return setErrors([dw(lang, "importErrors", { count: read.errors.length }), ...read.errors]);
    setErrors(await keep(read.region));
  }

  async function fromHand(raw: Record<string, unknown>): Promise<string[]> {
    const parsed = parseRegion(raw);
    return parsed.ok ? keep(parsed.value) : [parsed.error];
  }

  async function download(id: string, format: "xlsx" | "json") {
    const parsed = parseRegion(rawCustomRegion(id));
    if (!parsed.ok) return setErrors([parsed.error]);
    if (format === "json")
      return saveFile(new Blob([`${JSON.stringify(parsed.value, null, 2)}\n`], { type: "application/json" }), `${id}.json`);
    const { regionXlsx } = await import("@lotrinh/core/workbook");
    saveFile(new Blob([(await regionXlsx(parsed.value, lang)) as BlobPart], { type: XLSX_TYPE }), `${id}.xlsx`);
  }

  async function template() {
    const { templateXlsx } = await import("@lotrinh/core/workbook");
    saveFile(new Blob([(await templateXlsx(lang)) as BlobPart], { type: XLSX_TYPE }), lang === "vi" ? "mau-dia-ban.xlsx" : "region-template.xlsx");
  }

  async function duplicate(id: string) {
    const parsed = parseRegion(rawCustomRegion(id));
    if (!parsed.ok) return setErrors([parsed.error]);
    const taken = [...REGION_LIST.map((r) => r.id as string), ...custom.map((r) => r.id)];
    const name = { vi: dw("vi", "copyName", { name: parsed.value.name.vi }), en: dw("en", "copyName", { name: parsed.value.name.en }) };
    const saved = saveCustomRegion({ ...parsed.value, id: freeRegionId(`${id}-2`, taken), name });
    if (!saved.ok) setErrors([reason(saved)]);
  }

  /** Saves an edited region in place (under its new id if that was changed) and opens it. */
  async function saveEdited(before: string, region: Region): Promise<string[]> {
    const seeded = REGION_LIST.map((r) => r.id as string);
    if (region.id !== before && (seeded.includes(region.id) || custom.some((r) => r.id === region.id)))
      return [dw(lang, "idTaken", { id: region.id })];
    const saved = saveCustomRegion(region);
    if (!saved.ok) return [reason(saved)];
    if (region.id !== before) deleteCustomRegion(before);
    forgetBundle(before);
    forgetBundle(region.id);
    setEditing(undefined);
    onOpen(await bundleOf(region));
    return [];
  }

  function edit(id: string) {
    const parsed = parseRegion(rawCustomRegion(id));
    if (!parsed.ok) return setErrors([parsed.error]);
    setEditing(parsed.value);
  }

  function remove(id: string, name: string) {
    if (!window.confirm(dw(lang, "confirmRemove", { name }))) return;
    deleteCustomRegion(id);
    forgetBundle(id);
  }

  return (
    <dialog ref={ref} className="regions-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{dw(lang, "title")}</h2>
      <section>
        <h3>{dw(lang, "importHeading")}</h3>
        <label className="field">
          <span>{dw(lang, "importLabel")}</span>
          <input
            type="file"
            accept=".json,.xlsx,.csv"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (file) void importFile(file);
            }}
          />
        </label>
        <p aria-live="polite">{status}</p>
        {errors.length > 0 && (
          <ul role="alert" className="notice notice-error">
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>{dw(lang, "templateHeading")}</h3>
        <p className="hint">{dw(lang, "templateHint")}</p>
        <button type="button" className="button" onClick={() => void template()}>
          {dw(lang, "templateButton")}
        </button>
      </section>
      <section>
        <h3>{dw(lang, "yoursHeading")}</h3>
        {editing ? (
          <RegionEditor
            key={editing.id}
            region={editing}
            lang={lang}
            onSave={(r) => saveEdited(editing.id, r)}
            onCancel={() => setEditing(undefined)}
          />
        ) : custom.length === 0 ? (
          <p className="hint">{dw(lang, "none")}</p>
        ) : (
          <ul className="custom-regions">
            {custom.map((r) => (
              <li key={r.id}>
                <span>
                  {r.name[lang]} · {r.term.base}–{r.term.end}
                </span>{" "}
                <button type="button" className="button" onClick={() => void bundleOf(parseOrThrow(r.id)).then(onOpen, (e: Error) => setErrors([e.message]))}>
                  {dw(lang, "open")}
                </button>{" "}
                <button type="button" className="button" onClick={() => edit(r.id)}>
                  {dw(lang, "edit")}
                </button>{" "}
                <button type="button" className="button" onClick={() => void download(r.id, "xlsx")}>
                  {dw(lang, "exportXlsx")}
                </button>{" "}
                <button type="button" className="button" onClick={() => void download(r.id, "json")}>
                  {dw(lang, "exportJson")}
                </button>{" "}
                <button type="button" className="button" onClick={() => void duplicate(r.id)}>
                  {dw(lang, "duplicate")}
                </button>{" "}
                <button type="button" className="button" onClick={() => remove(r.id, r.name[lang])}>
                  {dw(lang, "remove")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <details>
        <summary>{dw(lang, "formHeading")}</summary>
        <HandForm lang={lang} onRegion={fromHand} />
      </details>
      <button type="button" className="button" onClick={() => ref.current?.close()}>
        {dw(lang, "close")}
      </button>
    </dialog>
  );
}

function parseOrThrow(id: string): Region {
  const parsed = parseRegion(rawCustomRegion(id));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
