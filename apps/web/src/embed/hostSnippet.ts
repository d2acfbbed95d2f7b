import type { ChartView } from "@lotrinh/charts";
import type { Lang } from "@lotrinh/core";
import { escapeMarkup } from "@lotrinh/charts";
import { formatHash, type Link } from "../state/url";

/** The message an embed posts to its host page whenever its height may have changed. */
export const EMBED_HEIGHT_MESSAGE = "lotrinh:embed-height";
/** The iframe's height before the embed reports its own: small, and scrollable if the host drops the script. */
export const INITIAL_EMBED_HEIGHT = 320;

export interface EmbedTarget {
  /** The app's address (the folder that holds index.html and embed.html). */
  appUrl: string;
  chart: string;
  /** The chart view, when it is not the chart's default. */
  view?: ChartView;
  lang: Lang;
  /** Region and scenario state, in the app's versioned link format. */
  link: Link;
  /** Accessible name of the iframe, e.g. the chart's title and region. */
  title: string;
  /** The chart shows its Monte Carlo fan bands: the embed draws them too (`&fan=1`). */
  fan?: boolean;
}

/**
 * `embed.html?region=sa-pa&chart=grdpPerCapita[&view=…][&lang=en][&fan=1]#v1&r=sa-pa&b=plan…`:
 * the chart's own parameters in the query, the scenario state as the fragment the
 * app itself uses, so the embed decodes and validates it with the same code.
 */
export function embedUrl(t: EmbedTarget): string {
  const url = new URL("embed.html", t.appUrl);
  const query = new URLSearchParams();
  if (t.link.region) query.set("region", t.link.region);
  query.set("chart", t.chart);
  if (t.view) query.set("view", t.view);
  if (t.lang !== "vi") query.set("lang", t.lang);
  if (t.fan) query.set("fan", "1");
  url.search = query.toString();
  url.hash = formatHash({ ...t.link, lang: undefined });
  return url.href;
}

/**
 * The host page's script: it sizes the iframe just before it to the height the embed
 * posts, and listens only to that iframe (event.source) from the embed's origin.
 * ES5 and self-contained, because it is pasted into pages the app does not control.
 */
const HOST_SCRIPT =
  "(function(f){var o=new URL(f.src).origin;window.addEventListener(\"message\",function(e){var d=e.data;" +
  `if(e.source!==f.contentWindow||e.origin!==o||!d||d.type!=="${EMBED_HEIGHT_MESSAGE}")return;` +
  "var h=Number(d.height);if(h>0&&h<20000)f.style.height=Math.ceil(h)+\"px\"})})(document.currentScript.previousElementSibling);";

/** The HTML a host page pastes: the iframe and, right after it, the script that resizes it. */
export function hostSnippet(t: EmbedTarget): string {
  const src = escapeMarkup(embedUrl(t));
  const title = escapeMarkup(t.title);
  return (
    `<iframe src="${src}" title="${title}" width="100%" height="${INITIAL_EMBED_HEIGHT}" loading="lazy" ` +
    `style="display:block;width:100%;border:0"></iframe>\n<script>${HOST_SCRIPT}</script>\n`
  );
}
