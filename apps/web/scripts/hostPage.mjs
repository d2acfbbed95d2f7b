// A stand-in for a site that embeds a chart: serves HTML pages on its own origin
// (http://localhost:<port>, while the app is on 127.0.0.1), so the embed runs cross-site
// as it will on a newspaper's or a province's portal. Used by the e2e tests and the screenshots.
import { createServer } from "node:http";

/** A plain article page with `snippet` pasted in its column, `width` px wide. */
export function hostArticle(snippet, { title = "Bài viết có biểu đồ nhúng", width = 720, lang = "vi" } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{margin:0;background:#f4f1ea;font:17px/1.6 Georgia,serif;color:#222}article{max-width:${width}px;margin:0 auto;padding:24px 16px}h1{font-size:28px;line-height:1.2}</style></head>
<body><article><h1>${title}</h1>
<p>Đoạn văn của trang chủ nhà, trước biểu đồ.</p>
${snippet}
<p>Đoạn văn sau biểu đồ.</p></article></body>
</html>
`;
}

/** Serves `pages` (path → HTML); `set` replaces or adds one. */
export async function serveHostPages(pages = {}) {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? "/", "http://localhost").pathname];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("host server has no port");
  return {
    url: `http://localhost:${address.port}/`,
    set: (path, html) => void (pages[path] = html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
