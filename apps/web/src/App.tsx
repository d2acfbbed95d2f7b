import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { AnyRegionId } from "@lotrinh/core";
import type { Boot } from "./boot";
import type { Notice } from "./state/notices";
import type { RegionBundle, View } from "./state/types";
import { reducer } from "./state/reducer";
import { activeScenario, baseOf, regionScenarioList, scenarioName } from "./state/library";
import { parseHash } from "./state/url";
import { linkOpenedNotice, safeResolveLink } from "./state/linkOpen";
import { syncNotice } from "./state/storageSession";
import { newUserId } from "./state/ids";
import { loadValidation } from "./state/lazyValidation";
import { ActionsContext, type AppActions } from "./state/AppContext";
import { useSimulation } from "./hooks/useSimulation";
import { useUndoShortcuts } from "./hooks/useUndoShortcuts";
import { usePersistence } from "./hooks/usePersistence";
import { useUrlSync } from "./hooks/useUrlSync";
import { LangProvider } from "./i18n/LangContext";
import { prepareLang, text } from "./i18n/strings";
import { isSeededRegion, loadBundle, putBundle } from "./regions";
import { Header } from "./components/Header";
import { Notices, type ShownNotice } from "./components/Notices";
import { ScenarioBar, type ScenarioOption } from "./components/ScenarioBar";
import { EditorView } from "./components/EditorView";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { VerdictAnnouncer } from "./components/VerdictAnnouncer";
import { UpdateBanner } from "./components/UpdateBanner";

// The compare and report views are further screens: their code loads when first opened.
const CompareView = lazy(() => import("./components/CompareView"));
const ReportView = lazy(() => import("./components/ReportView"));
// "Thêm địa bàn…" (import, template, hand form) and the spreadsheet code load when first opened.
const RegionsDialog = lazy(() => import("./regions/RegionsDialog"));

let noticeIds = 0;

export function App({ boot }: { boot: Boot }) {
  const [state, dispatch] = useReducer(reducer, boot.state);
  const [notices, setNotices] = useState<ShownNotice[]>(() => boot.notices.map((n) => ({ ...n, id: ++noticeIds })));
  const notify = useCallback((n: Notice) => setNotices((list) => [...list.slice(-4), { ...n, id: ++noticeIds }]), []);

  const { lang, view, regionId } = state;
  const bundle = state.bundles[regionId]!;
  const library = state.history.present;
  const active = activeScenario(bundle, library);
  const base = baseOf(bundle, active).scenario;
  const name = scenarioName(active.scenario, lang);
  const { result, formulas } = useSimulation(bundle.region, active.scenario);

  const undo = useCallback(() => dispatch({ type: "undo" }), []);
  const redo = useCallback(() => dispatch({ type: "redo" }), []);
  useUndoShortcuts(undo, redo);
  const saveNow = usePersistence(library.user, boot.session, (out) => {
    if (out.upsert.length || out.remove.length) dispatch({ type: "syncStorage", upsert: out.upsert, remove: out.remove });
    out.notices.forEach((n) => notify(syncNotice(n)));
    if (out.error !== undefined) notify({ tone: "error", key: "storageUnavailable", params: { error: out.error } });
  });

  const latest = useRef(state);
  latest.current = state;
  const current = useCallback(() => {
    const s = latest.current;
    const b = s.bundles[s.regionId]!;
    return { bundle: b, library: s.history.present, active: activeScenario(b, s.history.present) };
  }, []);
  const actions: AppActions = useMemo(
    () => ({ dispatch, notify, current }),
    [notify, current],
  );
  // The scenario list changes only when scenarios are added, removed or renamed, not on each edit.
  const list = regionScenarioList(bundle, library);
  const optionsKey = list.map((s) => `${s.id}\u0001${scenarioName(s.scenario, lang)}\u0001${s.scenario.illustrative ?? ""}`).join("\u0002");
  const options: ScenarioOption[] = useMemo(
    () => list.map((s) => ({ id: s.id, name: scenarioName(s.scenario, lang), builtIn: s.builtIn, illustrative: !!s.scenario.illustrative })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- optionsKey is the list's content
    [optionsKey],
  );
  const openLink = useCallback(
    async (hash: string) => {
      const parsed = parseHash(hash);
      if (!parsed.ok) return notify({ tone: "error", key: "badLink", params: { error: parsed.error } });
      const link = parsed.link;
      const target = await loadBundle(link.region ?? latest.current.regionId);
      const validation = link.diff ? await loadValidation() : undefined;
      await prepareLang(link.lang ?? "vi");
      const outcome = await safeResolveLink(link, target, latest.current.history.present, validation, newUserId);
      outcome.notices.forEach(notify);
      if (outcome.add) {
        // Said to be saved only once it is in storage.
        const saved = await saveNow([...latest.current.history.present.user.filter((u) => u.id !== outcome.add!.id), outcome.add]);
        notify(linkOpenedNotice(outcome.add.scenario.name, saved));
      }
      dispatch({ type: "openRegion", bundle: target });
      if (outcome.add) dispatch({ type: "add", saved: outcome.add, undoable: true });
      dispatch({ type: "select", id: outcome.select });
      // A link states everything on screen: no language in it means the default, Vietnamese.
      dispatch({ type: "setLang", lang: link.lang ?? "vi" });
      if (outcome.compare) dispatch({ type: "setCompare", ids: outcome.compare });
      dispatch({ type: "setView", view: link.view ?? "editor" });
    },
    [notify, saveNow],
  );
  const openHash = useCallback(
    (hash: string) => void openLink(hash).catch((e: Error) => notify({ tone: "error", key: "badLink", params: { error: e.message } })),
    [openLink, notify],
  );
  const onHistoryView = useCallback((v: View) => dispatch({ type: "setView", view: v }), []);
  const flushUrl = useUrlSync(state, openHash, onHistoryView);

  useEffect(() => {
    document.documentElement.lang = lang;
    const region = latest.current.bundles[regionId]?.region.name[lang] ?? "";
    document.title = `${region} — ${text(lang, "appTitle")}`;
  }, [lang, regionId]);

  const onView = useCallback((v: View) => dispatch({ type: "setView", view: v }), []);
  const onLang = useCallback(() => {
    const next = latest.current.lang === "vi" ? "en" : "vi";
    prepareLang(next).then(
      () => dispatch({ type: "setLang", lang: next }),
      (e: Error) => notify({ tone: "error", key: "loadFailed", params: { error: e.message } }),
    );
  }, [notify]);
  const onRegion = useCallback(
    (id: AnyRegionId) => {
      loadBundle(id).then(
        (b) => dispatch({ type: "openRegion", bundle: b }),
        (e: Error) => notify({ tone: "error", key: "loadFailed", params: { error: e.message } }),
      );
    },
    [notify],
  );
  const [addingRegion, setAddingRegion] = useState(false);
  const onAddRegion = useCallback(() => setAddingRegion(true), []);
  const onOpenRegion = useCallback((b: RegionBundle) => {
    putBundle(b);
    dispatch({ type: "openRegion", bundle: b });
    setAddingRegion(false);
  }, []);
  const onCopyLink = useCallback(() => {
    flushUrl();
    // A custom region too large for the link (8 KB): the link works only in this browser.
    if (!isSeededRegion(latest.current.regionId) && !window.location.hash.includes("&rd="))
      notify({ tone: "error", key: "regionLinkTooLong" });
    const done = () => notify({ tone: "info", key: "linkCopied" });
    const failed = () => notify({ tone: "info", key: "linkCopyFailed" });
    if (navigator.clipboard) navigator.clipboard.writeText(window.location.href).then(done, failed);
    else failed();
  }, [notify, flushUrl]);

  return (
    <LangProvider lang={lang}>
      <ActionsContext.Provider value={actions}>
        <a className="skip-link" href="#main">
          {text(lang, "skipToContent")}
        </a>
        <Header
          regionId={regionId}
          term={bundle.region.term}
          view={view}
          onRegion={onRegion}
          onAddRegion={onAddRegion}
          onView={onView}
          onLang={onLang}
          onCopyLink={onCopyLink}
        />
        <main id="main" tabIndex={-1}>
          <h1>
            {bundle.region.name[lang]}
            <span className="h1-sub">
              {" "}
              · {bundle.region.term.base}–{bundle.region.term.end}
            </span>
          </h1>
          <UpdateBanner />
          <Notices notices={notices} onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))} />
          {/* The report covers the chosen scenarios (its own picker), not the one open in the editor. */}
          {view !== "report" && (
            <ScenarioBar
              options={options}
              activeId={active.id}
              activeFileName={active.scenario.name}
              builtIn={active.builtIn}
              illustrative={!!active.scenario.illustrative}
              description={active.scenario.description}
              descriptionEn={active.scenario.descriptionEn}
              canUndo={state.history.past.length > 0}
              canRedo={state.history.future.length > 0}
              current={current}
            />
          )}
          {formulas.status === "loading" && <p className="hint">{text(lang, "formulasLoading")}</p>}
          {formulas.status === "error" && (
            <p className="notice notice-error" role="alert">
              {text(lang, "formulasError", { error: formulas.localized?.[lang] ?? formulas.error })}
            </p>
          )}
          {view === "editor" ? (
            result.ok ? (
              <>
                <ErrorBoundary part={text(lang, "partEditor")} resetKey={active.scenario}>
                  <EditorView active={active} base={base} name={name} simulation={result.value} />
                </ErrorBoundary>
                <VerdictAnnouncer
                  evaluations={result.value.evaluations}
                  projection={result.value.projection}
                  // The first edit of a built-in opens a copy: that is the same line of work, not a switch.
                  context={`${regionId}/${active.baseId}`}
                />
              </>
            ) : (
              <p className="notice notice-error" role="alert">
                {text(lang, "simulationError", { error: result.error })}
              </p>
            )
          ) : (
            <ErrorBoundary part={text(lang, "partView")} resetKey={library}>
            <Suspense fallback={<p className="hint">{text(lang, "loading")}</p>}>
              {view === "compare" ? (
                <CompareView bundle={bundle} library={library} compare={state.compare} />
              ) : (
                <ReportView bundle={bundle} library={library} compare={state.compare} />
              )}
            </Suspense>
            </ErrorBoundary>
          )}
        </main>
        {addingRegion && (
          <Suspense fallback={null}>
            <RegionsDialog lang={lang} onOpen={onOpenRegion} onClose={() => setAddingRegion(false)} />
          </Suspense>
        )}
        <footer className="app-footer">
          <p>{text(lang, "footer")}</p>
        </footer>
      </ActionsContext.Provider>
    </LangProvider>
  );
}
