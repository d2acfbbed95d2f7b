import type { AnyRegionId, Lang } from "@lotrinh/core";
import { regionLinkData } from "../regions/linkData";
import type { View } from "./types";
import { isScenarioId } from "./ids";

/**
 * The link format, versioned: `#v1&r=sa-pa&b=plan&id=u-…&s=<diff>&lang=en&view=compare&c=plan,u-…`
 * - r: region; b: built-in the open scenario derives from (or is)
 * - id, s: the open user scenario's id and its base64url JSON diff against b
 * - lang, view, c: language, view (editor, compare, report) and the compared or reported
 *   scenario ids (omitted when default)
 */
export const LINK_VERSION = 1;
/** Longer fragments are refused unread: a real link is a few hundred characters. */
export const MAX_HASH_LENGTH = 8192;

export interface Link {
  /** A seeded region, or a custom one (saved in this browser, or carried in `rd`). */
  region?: AnyRegionId;
  /** A custom region's data: deflated JSON, base64url (regions/linkData.ts). */
  regionData?: string;
  base?: string;
  id?: string;
  diff?: string;
  lang?: Lang;
  view?: View;
  compare?: string[];
}

export type LinkParse = { ok: true; link: Link } | { ok: false; error: string; link: Link };

export function parseHash(hash: string): LinkParse {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  if (body === "") return { ok: true, link: {} };
  if (body.length > MAX_HASH_LENGTH) return { ok: false, error: `link longer than ${MAX_HASH_LENGTH} characters`, link: {} };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(body);
  } catch {
    return { ok: false, error: "unreadable link", link: {} };
  }
  const version = [...params.keys()].map((k) => /^v(\d+)$/.exec(k)).find((m) => m !== null);
  if (!version) return { ok: false, error: "link version missing", link: {} };
  const v = Number(version[1]);
  if (v !== LINK_VERSION) return { ok: false, error: `link version ${v} is not supported (expected ${LINK_VERSION})`, link: {} };

  const link: Link = {};
  const lang = params.get("lang");
  if (lang === "vi" || lang === "en") link.lang = lang;
  const view = params.get("view");
  if (view === "editor" || view === "compare" || view === "report") link.view = view;
  const region = params.get("r");
  if (region !== null) {
    // Whether the region exists is known only once its data is looked up (seeds, browser storage, `rd`).
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(region)) return { ok: false, error: `r: not a region id '${region.slice(0, 40)}'`, link };
    link.region = region;
    const data = params.get("rd");
    if (data !== null) {
      if (!/^[A-Za-z0-9_-]+$/.test(data)) return { ok: false, error: "rd: not base64url", link };
      link.regionData = data;
    }
  }
  for (const key of ["b", "id"] as const) {
    const value = params.get(key);
    if (value === null) continue;
    if (!isScenarioId(value)) return { ok: false, error: `${key}: not a scenario id`, link };
    if (key === "b") link.base = value;
    else link.id = value;
  }
  const diff = params.get("s");
  if (diff !== null) {
    if (!/^[A-Za-z0-9_-]+$/.test(diff)) return { ok: false, error: "s: not base64url", link };
    link.diff = diff;
  }
  const compare = params.get("c");
  if (compare) {
    const ids = compare.split(",").slice(0, 4);
    if (!ids.every(isScenarioId)) return { ok: false, error: "c: not a list of scenario ids", link };
    link.compare = ids;
  }
  return { ok: true, link };
}

export function formatHash(link: Link): string {
  const parts = [`v${LINK_VERSION}`];
  if (link.region) parts.push(`r=${link.region}`);
  if (link.base) parts.push(`b=${link.base}`);
  if (link.id) parts.push(`id=${link.id}`);
  if (link.diff) parts.push(`s=${link.diff}`);
  if (link.lang && link.lang !== "vi") parts.push(`lang=${link.lang}`);
  if (link.view && link.view !== "editor") parts.push(`view=${link.view}`);
  if (link.compare?.length) parts.push(`c=${link.compare.join(",")}`);
  const hash = "#" + parts.join("&");
  // A custom region travels with its link when the link stays within MAX_HASH_LENGTH.
  const data = link.regionData ?? (link.region ? regionLinkData(link.region) : undefined);
  if (data && hash.length + 4 + data.length <= MAX_HASH_LENGTH) return `${hash}&rd=${data}`;
  return hash;
}
