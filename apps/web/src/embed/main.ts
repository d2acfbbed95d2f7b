import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import "./embed.css";
import { chartSvgMarkup, chartTitle, describeChart, type ChartInput } from "@lotrinh/charts";
import type { Lang } from "@lotrinh/core";
import { loadBundle } from "../regions";
import { loadValidation } from "../state/lazyValidation";
import { formatHash } from "../state/url";
import { parseEmbedParams } from "./embedParams";
import { resolveEmbed } from "./resolveEmbed";
import { embedErrorMarkup, embedMarkup } from "./embedMarkup";
import { EMBED_WORDS } from "./embedWords";
import { autoSize } from "./autoSize";

/**
 * The chart embed: one chart of one region and scenario state, drawn as static SVG
 * markup (no React DOM renderer: the whole page stays far below the app's bundle).
 */
const root = document.getElementById("embed")!;
const appUrl = new URL("./", window.location.href).href;
const chartParam = (new URLSearchParams(window.location.search).get("chart") ?? "").slice(0, 80);

function showError(lang: Lang, error: string): void {
  document.documentElement.lang = lang;
  document.title = EMBED_WORDS[lang].error;
  root.innerHTML = embedErrorMarkup(lang, error, appUrl);
  autoSize(root, chartParam);
}

async function start(): Promise<void> {
  const parsed = parseEmbedParams(window.location.search, window.location.hash);
  if (!parsed.ok) return showError(parsed.lang, parsed.error);
  const { params } = parsed;
  const { lang } = params;
  document.documentElement.lang = lang;
  const regionData = params.link.regionData;
  const bundle$ = regionData === undefined ? loadBundle(params.region) : import("../regions/load").then((m) => m.linkedBundle(params.region, regionData));
  const [bundle, validation] = await Promise.all([bundle$.catch((e: Error) => e), params.link.diff ? loadValidation() : undefined]);
  if (bundle instanceof Error) return showError(lang, bundle.message);
  const chart = await resolveEmbed(params, bundle, validation);
  if (!chart.ok) return showError(lang, chart.error);
  const region = bundle.region;
  // With &fan=1 the chart is drawn at once, then again with its fan bands when the worker answers.
  let series = chart.series;
  const input = (width: number): ChartInput => ({
    indicator: params.chart,
    series,
    lang,
    width,
    view: params.view,
    idPrefix: `embed-${params.chart}`,
  });
  const title = chartTitle(input(0)); // titles do not depend on the width
  const place = region.parent ? `${region.name[lang]}, ${region.parent[lang]}` : region.name[lang];
  document.title = `${title} — ${region.name[lang]}`;
  const view = {
    lang,
    title,
    subtitle: `${place} · ${EMBED_WORDS[lang].term} ${region.term.base}–${region.term.end}`,
    names: chart.names,
    missing: chart.missing,
    appLink: appUrl + formatHash({ ...params.link, lang }),
  };
  let drawnWidth = 0;
  const draw = (width: number) => {
    drawnWidth = width;
    const at = input(width);
    root.innerHTML = embedMarkup({ ...view, svg: chartSvgMarkup(at), description: describeChart(at) });
  };
  autoSize(root, params.chart, draw);
  if (params.fan)
    void import("./embedFans")
      .then((m) => m.withFans(series, region, params.chart))
      .then(
        (fanned) => {
          series = fanned;
          draw(drawnWidth);
        },
        () => undefined, // the chart without its bands is still the chart
      );
}

start().catch((e: unknown) => showError(new URLSearchParams(window.location.search).get("lang") === "en" ? "en" : "vi", String(e instanceof Error ? e.message : e)));
