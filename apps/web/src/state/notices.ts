import type { StringKey } from "../i18n/strings";

/** A message for the user, kept as a string key so that it follows the language toggle. */
export interface Notice {
  tone: "error" | "info";
  key: StringKey;
  params?: Record<string, string | number>;
}
