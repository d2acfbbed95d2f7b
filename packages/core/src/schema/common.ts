import * as z from "zod";

export const YearKey = z.string().regex(/^\d{4}$/, "must be a four-digit year");
export const Year = z.number().int().min(1900).max(2100);
export const FiniteNumber = z.number({ error: "must be a finite number" });
export const Localized = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export const Identifier = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "must be a camelCase identifier (letters and digits)");
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by '-'");

/** A growth rate: a fraction strictly above −100 %. */
export const Rate = FiniteNumber.refine((v) => v > -1, "a rate must be above −100 % (−1 as a fraction)");
