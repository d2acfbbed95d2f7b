import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { TrajectoryChart, chartTable, chartTitle, chartViews, type ChartInput, type ChartSeriesInput, type ChartView } from "@lotrinh/charts";
import type { Lang, Simulation } from "@lotrinh/core";
import { useContainerWidth } from "../hooks/useContainerWidth";
import { useInView } from "../hooks/useInView";
import { useLang } from "../i18n/LangContext";
import { sameChartSeries } from "../state/chartEquality";
import { prepareChartAgain, registerChartInView } from "../state/chartsAhead";
import { prepareNextChart, viewOf, withFans, type ChartFans, type DrawnChart } from "../state/nextChart";
import { idle } from "../hooks/idle";
import { DataTable } from "./DataTable";
import { ChartExportMenu, type ExportResult } from "./ChartExportMenu";
import type { ChartShown } from "../export/chartFiles";

export interface ChartCardProps {
  indicator: string;
  series: ChartSeriesInput[];
  lang: Lang;
  /** Distinguishes the editor's and the compare view's ids. */
  idPrefix: string;
  /** The Monte Carlo fans of this indicator for each series (30/60/90 % bands), when runs have arrived. */
  fans?: readonly (ChartFans | undefined)[];
  /** The fans are of an older input than the lines: drawn faded until the new run lands. */
  fansStale?: boolean;
}

const VIEW_LABEL = { level: "viewLevel", cumulative: "viewCumulative", averageGrowth: "viewAverageGrowth" } as const;

/**
 * One indicator's trajectory chart with its view switch and data table, as wide as its container.
 * Near the viewport it redraws in the same task as the input that changed it. Out of sight it
 * redraws in a transition right after that task, so that a slider's key press does not wait for
 * charts nobody sees; scrolled into view, it is already current.
 */
export const ChartCard = memo(
  function ChartCard({ indicator, series: current, lang, idPrefix, fans: currentFans, fansStale }: ChartCardProps) {
    const [ref, width] = useContainerWidth();
    const [viewRef, inView] = useInView();
    const deferred = useDeferredValue(current);
    const deferredFans = useDeferredValue(currentFans);
    const lines = inView ? current : deferred;
    const fans = inView ? currentFans : deferredFans;
    const [chosen, setChosen] = useState<ChartView | undefined>(undefined);
    const [activeYear, setActiveYear] = useState<number | undefined>(undefined);
    const [tableOpen, setTableOpen] = useState(false);
    const series = useMemo(() => withFans(lines, fans), [lines, fans]);
    const views = useMemo(() => chartViews(indicator, series[0]?.evaluations ?? []), [indicator, series]);
    const view = viewOf(views, chosen);
    const id = `${idPrefix}-${indicator}`;
    const input: ChartInput = { indicator, series, lang, width, view, idPrefix: id, activeYear };
    const title = chartTitle(input);
    // The export menu reads the chart when an item is chosen: slider input does not re-render it.
    const shown = useRef<ChartShown>(null!);
    // The chart's natural view stays implicit, so that links name only a view someone chose.
    shown.current = { indicator, series, lang, view: view === views[0] ? undefined : view };
    const getShown = useCallback(() => shown.current, []);
    const drawn = useRef<DrawnChart>(null!);
    drawn.current = { indicator, lines, fans, lang, width, chosen };
    const single = lines.length === 1;
    // In view, one scenario (the editor's): the model of a slider's next step is made ahead
    // (chartsAhead.ts), from the same pieces as this render's.
    const prepare = useCallback((next: Simulation) => void prepareNextChart(drawn.current, next), []);
    useEffect(() => (inView && single ? registerChartInView(prepare) : undefined), [inView, single, prepare]);
    // A run's fans landing (or a new width, language, view) between two key presses: made again.
    // (The fans array is new on each render; its one entry is kept per run.)
    const fan = fans?.[0];
    useEffect(() => {
      if (!inView || !single) return;
      const id = idle.request(() => prepareChartAgain(prepare));
      return () => idle.cancel(id);
    }, [inView, single, prepare, fan, lang, width, chosen]);
    return (
      <figure ref={viewRef} className="chart-card" aria-labelledby={`${id}-heading`} data-in-view={inView} data-fans-stale={(fansStale && !!fans) || undefined}>
        <ChartHead id={id} title={title} views={views} view={view} onView={setChosen} getShown={getShown} />
        <div ref={ref} className="chart-box">
          {width > 0 && <TrajectoryChart {...input} onActiveYearChange={setActiveYear} />}
        </div>
        <details className="chart-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
          <TableSummary />
          {tableOpen && width > 0 && <DataTable table={chartTable(input)} caption={title} lang={lang} />}
        </details>
      </figure>
    );
  },
  (a, b) =>
    a.indicator === b.indicator &&
    a.lang === b.lang &&
    a.idPrefix === b.idPrefix &&
    a.fansStale === b.fansStale &&
    sameFans(a.fans, b.fans) &&
    sameChartSeries(a.indicator, a.series, b.series),
);

function sameFans(a: ChartCardProps["fans"], b: ChartCardProps["fans"]): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((f, i) => f === b[i]));
}

const TableSummary = memo(function TableSummary() {
  const { t } = useLang();
  return <summary>{t("dataTable")}</summary>;
});

interface ChartHeadProps {
  id: string;
  title: string;
  views: readonly ChartView[];
  view: ChartView | undefined;
  onView: (view: ChartView) => void;
  getShown: () => ChartShown;
}

/**
 * The card's heading, view switch and export menu, with the export's status. Memoised by value:
 * a slider's move changes the chart, not its title or views, and does not redraw them.
 */
const ChartHead = memo(
  function ChartHead({ id, title, views, view, onView, getShown }: ChartHeadProps) {
    const { t } = useLang();
    const [exported, setExported] = useState<ExportResult>({ status: "" });
    return (
      <div className="chart-head">
        <h3 id={`${id}-heading`}>{title}</h3>
        <div className="chart-tools">
          {views.length > 1 && (
            <div className="segmented" role="group" aria-label={`${t("chartView")}: ${title}`}>
              {views.map((v) => (
                <button key={v} type="button" aria-pressed={v === view} onClick={() => onView(v)}>
                  {t(VIEW_LABEL[v])}
                </button>
              ))}
            </div>
          )}
          <ChartExportMenu chart={getShown} title={title} onResult={setExported} />
        </div>
        {/* Always in the page, so that screen readers announce what an export came to. */}
        <p className="export-status" role="status">
          {exported.status}
        </p>
        {exported.manual && (
          <textarea
            className="export-manual"
            readOnly
            aria-label={t("embedCode")}
            value={exported.manual}
            rows={4}
            onFocus={(e) => e.currentTarget.select()}
            autoFocus
          />
        )}
      </div>
    );
  },
  (a, b) =>
    a.id === b.id &&
    a.title === b.title &&
    a.view === b.view &&
    a.onView === b.onView &&
    a.getShown === b.getShown &&
    a.views.length === b.views.length &&
    a.views.every((v, i) => v === b.views[i]),
);
