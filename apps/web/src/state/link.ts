import type { Lang, Region } from "@lotrinh/core";
import { text as uiText } from "../i18n/strings";
import type { Library, LibraryScenario, RegionBundle, SavedScenario } from "./types";
import type { Validation } from "./lazyValidation";
import type { Link } from "./url";
import type { Notice } from "./notices";
import { activeScenario, baseOf, findScenario, planOf } from "./library";
import { applyDiff, canonicalJson, computeDiff } from "./diff";
import { decodeBase64Url, encodeBase64Url } from "./base64url";
import { USER_ID } from "./ids";

/** What opening a link does to the library: maybe add its scenario, then select one and compare some. */
export interface LinkOutcome {
  add?: SavedScenario;
  select: string;
  compare?: string[];
  notices: Notice[];
}

function badLink(error: string): Notice {
  return { tone: "error", key: "badLink", params: { error } };
}

/** Decodes the `s` part of a link into a validated scenario derived from `base`. */
export async function decodeLinkedScenario(diff: string, base: LibraryScenario, region: Region, validation: Validation, lang: Lang = "vi") {
  const text = decodeBase64Url(diff);
  if (text === undefined) return { ok: false as const, error: "s: not base64url-encoded UTF-8" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false as const, error: "s: not JSON" };
  }
  const raw = applyDiff(base.scenario, json);
  if (!raw.ok) return { ok: false as const, error: `s: ${raw.error}` };
  const valid = await validation.validateScenario(raw.value, region);
  if (!valid.ok) return { ok: false as const, error: valid.error };
  // A link may drop the name: the scenario is then named as an imported one.
  const scenario = valid.value.name.trim() ? valid.value : { ...valid.value, name: uiText(lang, "importedScenarioName") };
  return { ok: true as const, scenario };
}

/**
 * Resolves a parsed link against the region and the user's library. A bad link
 * never throws: it yields a notice and the plan. `validation` is needed only when
 * the link carries a scenario (`s`).
 */
export async function resolveLink(
  link: Link,
  bundle: RegionBundle,
  library: Library,
  validation: Validation | undefined,
  newId: () => string,
): Promise<LinkOutcome> {
  const notices: Notice[] = [];
  const plan = planOf(bundle);
  let base = plan;
  if (link.base) {
    const found = bundle.builtIns.find((b) => b.id === link.base);
    if (found) base = found;
    else notices.push(badLink(`b: no shipped scenario '${link.base}'`));
  }
  let select = base.id;
  let add: SavedScenario | undefined;
  if (link.diff && notices.length === 0) {
    const decoded = validation
      ? await decodeLinkedScenario(link.diff, base, bundle.region, validation, link.lang)
      : { ok: false as const, error: "validation unavailable" };
    if (!decoded.ok) {
      notices.push(badLink(decoded.error));
      select = plan.id;
    } else {
      const same = link.id ? library.user.find((u) => u.id === link.id) : undefined;
      if (same && same.scenario.region === bundle.region.id && canonicalJson(same.scenario) === canonicalJson(decoded.scenario)) {
        select = same.id;
      } else {
        const id = link.id && USER_ID.test(link.id) && !same ? link.id : newId();
        // The caller saves it, then says so (or says why not).
        add = { id, baseId: base.id, scenario: decoded.scenario };
        select = id;
      }
    }
  } else if (link.id && notices.length === 0) {
    if (findScenario(bundle, library, link.id)) select = link.id;
    else notices.push(badLink(`id: no scenario '${link.id}' on this computer`));
  }
  let compare: string[] | undefined;
  if (link.compare) {
    const known = (id: string) => id === add?.id || findScenario(bundle, library, id) !== undefined;
    compare = link.compare.filter(known);
    if (compare.length < link.compare.length) notices.push({ tone: "info", key: "linkMissingScenarios" });
  }
  return { add, select, compare, notices };
}

/** A link naming one scenario (as a diff against its built-in when it is the user's), plus view and language. */
export function scenarioLink(bundle: RegionBundle, scenario: LibraryScenario, extra: Pick<Link, "lang" | "view" | "compare">): Link {
  const link: Link = { region: bundle.region.id as Link["region"], base: scenario.baseId, ...extra };
  if (!scenario.builtIn) {
    link.id = scenario.id;
    link.diff = encodeBase64Url(JSON.stringify(computeDiff(baseOf(bundle, scenario).scenario, scenario.scenario)));
  }
  // Only the compare and report views show a selection of scenarios.
  if (extra.view !== "compare" && extra.view !== "report") delete link.compare;
  return link;
}

/** The link of what is on screen: region, open scenario, view. */
export function linkOf(bundle: RegionBundle, library: Library, extra: Pick<Link, "lang" | "view" | "compare">): Link {
  return scenarioLink(bundle, activeScenario(bundle, library), extra);
}
