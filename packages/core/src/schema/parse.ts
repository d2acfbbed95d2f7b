import type * as z from "zod/mini";
import { issueText } from "./issue.js";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; path: string };

/** Dotted path of a zod issue: `rates.grdpGrowth.2024`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** Parses with a schema and reports the first issue as one line naming the field. */
export function parseWith<T>(schema: z.ZodMiniType<T>, raw: unknown, what: string): ParseResult<T> {
  // The input is reported so that a phrase can say what was found ("must be a number, not text").
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issue = issueText(result.error.issues[0]!);
  const path = issuePath(issue.path);
  return { ok: false, path, error: `${what}: ${path ? `${path}: ` : ""}${issue.message}` };
}
