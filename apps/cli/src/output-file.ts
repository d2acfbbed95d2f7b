import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "./errors.js";

/** Checks --out before any work: its folder must exist and it must not be a folder itself. */
export function checkOutPath(out: string, extensions: readonly string[]): string {
  const path = resolve(out);
  const ext = /\.[^./\\]+$/.exec(path)?.[0]?.toLowerCase();
  if (!ext || !extensions.includes(ext))
    throw new InputError({ vi: `--out: '${out}' phải có đuôi ${extensions.join(" hoặc ")}`, en: `--out: '${out}' must end in ${extensions.join(" or ")}` });
  if (existsSync(path) && statSync(path).isDirectory())
    throw new InputError({ vi: `--out: '${out}' là một thư mục`, en: `--out: '${out}' is a directory` });
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError({ vi: `--out: không có thư mục '${dirname(out)}'`, en: `--out: folder '${dirname(out)}' does not exist` });
  return path;
}

export function writeOut(path: string, data: string | Uint8Array, shown: string): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new InputError({ vi: `--out: không ghi được '${shown}': ${reason}`, en: `--out: cannot write '${shown}': ${reason}` });
  }
}
