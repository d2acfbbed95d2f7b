/**
 * A custom region carried in a link: its JSON, deflated (CompressionStream "deflate")
 * and base64url-encoded. Links are written synchronously, so the encoded text is computed
 * once when a region opens and kept here by region id.
 */
import { setRegionLinkData } from "./linkData";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeRegion(region: unknown): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(region)), new CompressionStream("deflate")));
}

/** The region's JSON value, or an error naming what is wrong (the caller validates the region). */
export async function decodeRegion(text: string): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const bytes = fromBase64Url(text);
  if (!bytes) return { ok: false, error: "rd: not base64url" };
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(await pipe(bytes, new DecompressionStream("deflate")));
  } catch {
    return { ok: false, error: "rd: not deflate-compressed UTF-8" };
  }
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, error: "rd: not JSON" };
  }
}

/** Computes and keeps a custom region's link data; returns it. */
export async function rememberRegionLink(id: string, region: unknown): Promise<string> {
  const data = await encodeRegion(region);
  setRegionLinkData(id, data);
  return data;
}
