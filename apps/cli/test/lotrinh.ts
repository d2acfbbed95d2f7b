import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/lotrinh.mjs", import.meta.url));

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built command line as a user would: a separate Node process. */
export function lotrinh(...args: string[]): Outcome {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs with --json and parses stdout, failing loudly when the command did not succeed. */
export function lotrinhJson<T = any>(...args: string[]): T {
  const outcome = lotrinh(...args, "--json");
  if (outcome.code !== 0) throw new Error(`exit ${outcome.code}: ${outcome.stderr}`);
  return JSON.parse(outcome.stdout) as T;
}

const dir = mkdtempSync(join(tmpdir(), "lotrinh-cli-test-"));

/** Writes a scenario file (an object as JSON, or raw text) into a temporary directory and returns its path. */
export function scenarioFile(name: string, content: object | string): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
}

export const tempDir = dir;

/** A valid Sa Pa scenario with the given changes. */
export function saPaScenario(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { schema: "lotrinh/scenario/1", name: "Thử nghiệm", region: "sa-pa", ...changes };
}
