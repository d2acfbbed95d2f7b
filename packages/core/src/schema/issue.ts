import type * as z from "zod/mini";

/**
 * One zod issue as a path and an English phrase. zod/mini ships no message locale
 * ("Invalid input" for every built-in check), so the phrases are written here, short
 * and stable: format/errors.ts translates them into Vietnamese by pattern.
 */
type Issue = z.core.$ZodIssue;

const GENERIC = "Invalid input";

export interface IssueText {
  path: PropertyKey[];
  message: string;
}

/** The JSON type of a value, as the phrases name it. */
export function jsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return "text";
  if (typeof v === "number") return Number.isFinite(v) ? "a number" : "a non-finite number";
  if (typeof v === "boolean") return "true/false";
  return typeof v;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  record: "an object",
  array: "an array",
};

function quote(v: unknown): string {
  return typeof v === "string" ? `"${v}"` : String(v);
}

/** The issue's path and phrase; a union names the branch that came closest. */
export function issueText(issue: Issue): IssueText {
  const path = [...issue.path];
  if (issue.message !== GENERIC) return { path, message: issue.message };
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return { path, message: `is missing (must be ${expected})` };
      return { path, message: `must be ${expected}, not ${jsonType(issue.input)}` };
    }
    case "unrecognized_keys":
      return { path: [...path, issue.keys[0]!], message: `unknown key '${issue.keys[0]}'` };
    case "invalid_value":
      return { path, message: `must be ${issue.values.length === 1 ? quote(issue.values[0]) : `one of ${issue.values.map(quote).join(", ")}`}` };
    case "too_small":
      return {
        path,
        message: issue.origin === "string" && Number(issue.minimum) === 1 ? "must not be empty" : `must be at least ${String(issue.minimum)}`,
      };
    case "too_big":
      return { path, message: `must be at most ${String(issue.maximum)}` };
    case "invalid_key": {
      const inner = issue.issues[0];
      return { path, message: `'${String(path[path.length - 1])}' is not a valid key: ${inner ? issueText(inner).message : "bad key"}` };
    }
    case "invalid_union":
      return unionText(issue, path);
    default:
      return { path, message: "is not valid here" };
  }
}

/**
 * A value that fits no branch of a union: when one branch matched its type and failed
 * deeper (an outcome object with a bad status), that branch's issue; otherwise the
 * forms the union accepts ("must be a number or an object, not text").
 */
function unionText(issue: Extract<Issue, { code: "invalid_union" }>, path: PropertyKey[]): IssueText {
  const deeper = issue.errors
    .map((branch) => branch[0])
    .filter((first): first is Issue => first !== undefined && (first.path.length > 0 || first.code !== "invalid_type"))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (deeper) {
    const inner = issueText(deeper);
    return { path: [...path, ...inner.path], message: inner.message };
  }
  const forms = issue.errors
    .map((branch) => branch[0])
    .filter((first): first is Extract<Issue, { code: "invalid_type" }> => first?.code === "invalid_type")
    .map((first) => EXPECTED[first.expected] ?? first.expected);
  const input = (issue as { input?: unknown }).input;
  return { path, message: `must be ${forms.length > 0 ? forms.join(" or ") : "another form"}, not ${jsonType(input)}` };
}
