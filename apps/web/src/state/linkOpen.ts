import type { Validation } from "./lazyValidation";
import type { Library, RegionBundle } from "./types";
import type { Link } from "./url";
import type { Notice } from "./notices";
import { planOf } from "./library";
import { resolveLink, type LinkOutcome } from "./link";

/**
 * `resolveLink` that cannot fail: whatever a hostile link makes the model throw
 * becomes the bad-link notice and the plan, never the "could not load" page.
 */
export async function safeResolveLink(
  link: Link,
  bundle: RegionBundle,
  library: Library,
  validation: Validation | undefined,
  newId: () => string,
): Promise<LinkOutcome> {
  try {
    return await resolveLink(link, bundle, library, validation, newId);
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { select: planOf(bundle).id, notices: [{ tone: "error", key: "badLink", params: { error: error.slice(0, 300) } }] };
  }
}

/** "Opened and saved", or "opened, not saved (why)": said after the save, never before. */
export function linkOpenedNotice(name: string, saved: { ok: true } | { ok: false; error: string }): Notice {
  return saved.ok
    ? { tone: "info", key: "linkOpened", params: { name } }
    : { tone: "error", key: "linkOpenedNotSaved", params: { name, error: saved.error } };
}
