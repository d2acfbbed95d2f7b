/** Ids a user scenario may have (also what a link may carry). */
export const USER_ID = /^u-[a-z0-9]{4,24}$/;
/** Ids of built-in scenarios: slugs. */
export const BUILT_IN_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isScenarioId(id: string): boolean {
  return id.length <= 40 && (USER_ID.test(id) || BUILT_IN_ID.test(id));
}

let session: string | undefined;
let counter = 0;

/**
 * A new user scenario id: a random per-session prefix (so that ids arriving in
 * shared links rarely collide) and a counter. Cheap, because every slider input
 * carries one in case it opens an edited copy of a built-in.
 */
export function newUserId(): string {
  if (session === undefined) {
    const bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    session = Array.from(bytes, (b) => (b % 36).toString(36)).join("");
  }
  return `u-${session}${(++counter).toString(36)}`;
}

/** "High growth" → "high-growth"; Vietnamese letters lose their marks. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
