import { chartTitle } from "@lotrinh/charts";
import type { Library, RegionBundle } from "../state/types";
import { embedLink } from "../state/embedLink";
import { scenarioName } from "../state/library";
import { hostSnippet } from "../embed/hostSnippet";
import { PRINT_WIDTH, type ChartShown } from "./chartFiles";
import { isSeededRegion } from "../regions";
import { text } from "../i18n/strings";

export interface EmbedCopy {
  snippet: string;
  copied: boolean;
  /** Names of user scenarios on the chart that the embed cannot carry. */
  left: string[];
}

/** The host snippet of a chart card as shown (view, scenarios, language), copied to the clipboard when allowed. */
export async function copyEmbed(chart: ChartShown, bundle: RegionBundle, library: Library): Promise<EmbedCopy> {
  const { link, left } = embedLink(bundle, library, chart.series.map((s) => s.key));
  const title = `${chartTitle({ ...chart, width: PRINT_WIDTH })} — ${bundle.region.name[chart.lang]}`;
  const appUrl = new URL(".", document.baseURI).href;
  const fan = chart.series.some((s) => s.fan || s.runningFans?.length);
  const snippet = hostSnippet({ appUrl, chart: chart.indicator, view: chart.view, lang: chart.lang, link, title, fan });
  // A custom region must travel in the embed's address; one too large for 8 KB is refused (export the file instead).
  if (!isSeededRegion(bundle.region.id) && !snippet.includes("rd=")) throw new Error(text(chart.lang, "regionLinkTooLong"));
  let copied = false;
  try {
    await navigator.clipboard.writeText(snippet);
    copied = true;
  } catch {
    copied = false; // no clipboard permission (or an old browser): the card shows the code to copy by hand
  }
  return { snippet, copied, left: left.map((s) => scenarioName(s.scenario, chart.lang)) };
}
