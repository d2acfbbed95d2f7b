// zod/mini: the same validation as zod with a tree-shakable API, so that the web
// app and the embed stay within their JavaScript budgets.
import * as z from "zod/mini";

export const YearKey = z.string().check(z.regex(/^\d{4}$/, "must be a four-digit year"));
export const Year = z.int({ error: "must be a whole year" }).check(z.gte(1900), z.lte(2100));
export const FiniteNumber = z.number({ error: "must be a finite number" });
export const Localized = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export const NonEmpty = z.string().check(z.minLength(1, "must not be empty"));
export const Identifier = z
  .string()
  .check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "must be a camelCase identifier (letters and digits)"));
export const Slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by '-'"));

/** A growth rate: a fraction strictly above −100 %. */
export const Rate = z.number({ error: "must be a finite number" }).check(
  z.refine((v) => v > -1, "a rate must be above −100 % (−1 as a fraction)"),
);
