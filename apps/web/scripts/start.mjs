// `npm start`: builds the app and serves dist/ on 127.0.0.1. The port comes from `--port N`
// (or `--port=N`), then the PORT environment variable, then 5173. A busy port is not an
// error: the next free one is taken and the address printed. Bad input gets one line
// naming what is wrong, never a stack trace. `--no-build` serves dist/ as it is.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { appRoot, buildApp, listenOnFreePort, parseStartOptions } from "./serve.mjs";

const options = parseStartOptions(process.argv.slice(2), process.env);
if (!options.ok) {
  console.error(`lotrinh start: ${options.error}`);
  process.exit(2);
}
const message = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];
if (options.build) {
  console.log("Đang dựng ứng dụng / building the app…");
  try {
    await buildApp({ logLevel: "error" });
  } catch (error) {
    console.error(`lotrinh start: dựng ứng dụng không thành công / the build failed: ${message(error)}`);
    process.exit(1);
  }
} else if (!existsSync(join(appRoot, "dist", "index.html"))) {
  console.error("lotrinh start: chưa có dist/index.html / the app is not built: bỏ --no-build / drop --no-build.");
  process.exit(1);
}
try {
  const { url, port } = await listenOnFreePort(options.port, options.host);
  const moved = port !== options.port ? ` (cổng ${options.port} đang bận / port ${options.port} is busy)` : "";
  console.log(`Lộ Trình: ${url}${moved}`);
  console.log("Nhấn Ctrl+C để dừng / press Ctrl+C to stop.");
} catch (error) {
  console.error(`lotrinh start: ${message(error)}`);
  process.exit(1);
}
