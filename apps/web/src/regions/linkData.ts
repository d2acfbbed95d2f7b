/** Link data of the custom regions opened in this session, by id (written by ./linkCodec, read by the link writer). */
export const MAX_LINK_CHARS = 8192;
const cache = new Map<string, string>();

export function setRegionLinkData(id: string, data: string): void {
  cache.set(id, data);
}

/** The link data of a custom region opened in this session, if computed. */
export function regionLinkData(id: string): string | undefined {
  return cache.get(id);
}
