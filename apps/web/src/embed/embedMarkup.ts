import { escapeMarkup as esc } from "@lotrinh/charts";
import type { Lang } from "@lotrinh/core";
import { EMBED_WORDS } from "./embedWords";

export interface EmbedView {
  lang: Lang;
  title: string;
  /** Region and term, under the title. */
  subtitle: string;
  /** Inline SVG from chartSvgMarkup (already escaped by the static renderer). */
  svg: string;
  /** The chart's text alternative (describeChart). */
  description: string;
  names: string[];
  /** Some compared scenarios could not be drawn. */
  missing: boolean;
  /** The full scenario in the app, same state. */
  appLink: string;
}

/** "Opens elsewhere": kept on the line of the link's last word (no-break space), not read aloud. */
const ARROW = '<span aria-hidden="true">\u00a0↗</span>';

/** The embed's content as HTML; every text is escaped here, the SVG by its renderer. */
export function embedMarkup(v: EmbedView): string {
  const w = EMBED_WORDS[v.lang];
  return (
    `<h1 class="embed-title">${esc(v.title)}</h1>` +
    `<p class="embed-subtitle">${esc(v.subtitle)}</p>` +
    (v.missing ? `<p class="embed-note">${esc(w.missing)}</p>` : "") +
    `<div class="embed-chart">${v.svg}</div>` +
    `<p class="visually-hidden">${esc(v.description)}</p>` +
    `<p class="embed-source">${esc(w.source(v.names))} ` +
    `<a href="${esc(v.appLink)}" target="_blank" rel="noopener">${esc(w.open)}${ARROW}<span class="visually-hidden"> ${esc(w.newTab)}</span></a></p>`
  );
}

/** What a bad link shows instead of a blank frame: what is wrong, and a way to the app. */
export function embedErrorMarkup(lang: Lang, error: string, appUrl: string): string {
  const w = EMBED_WORDS[lang];
  return (
    `<div class="embed-error" role="alert"><h1 class="embed-title">${esc(w.error)}</h1>` +
    `<p>${esc(w.errorHelp)}</p><p class="embed-error-detail"><code>${esc(error)}</code></p>` +
    `<p><a href="${esc(appUrl)}" target="_blank" rel="noopener">${esc(w.openApp)}${ARROW}<span class="visually-hidden"> ${esc(w.newTab)}</span></a></p></div>`
  );
}
