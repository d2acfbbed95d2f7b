// What a built page loads before anything else, and its gzip size: shared by the bench and the size test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** gzip -9 size in bytes of a file of dist/, by its URL path ("/assets/x.js"). */
export function gzipSize(dist, file) {
  return gzipSync(readFileSync(join(dist, file.replace(/^\//, ""))), { level: 9 }).length;
}

/** The initial scripts of a page of dist/: its module entry script and its modulepreloads, as URL paths. */
export function initialScripts(dist, page) {
  const html = readFileSync(join(dist, page), "utf8");
  return [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
}
