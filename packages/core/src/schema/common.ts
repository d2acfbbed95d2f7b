// zod/mini: the same validation as zod with a tree-shakable API, so that the web
// app and the embed stay within their JavaScript budgets.
import * as z from "zod/mini";

export const YearKey = z.string().check(z.regex(/^\d{4}$/, "must be a four-digit year"));
export const Year = z.int({ error: "must be a whole year" }).check(z.gte(1900), z.lte(2100));
/** zod 4 numbers refuse NaN and ±Infinity. */
export const FiniteNumber = z.number({ error: "must be a finite number" });
/** Vietnamese and English, nothing else: a mistyped or third language key is refused. */
export const Localized = z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
export const NonEmpty = z.string().check(z.minLength(1, "must not be empty"));
export const Identifier = z
  .string()
  .check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "must be a camelCase identifier (letters and digits)"));
export const Slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by '-'"));

/**
 * Domain bounds (DESIGN section 2). Every number a user can give is bounded here,
 * at the edge, so that the model and the formatters never meet an absurd value.
 */
import { BUOYANCY_MAX, rateInDomain } from "../model/domain.js";
export { BUOYANCY_MAX, RATE_MAX, RATE_MIN, rateInDomain } from "../model/domain.js";

/** A growth rate: a fraction in (−100 %, +1000 %]. */
export const Rate = z.number({ error: "must be a finite number" }).check(
  z.refine(rateInDomain, "a rate must lie in (−100 %, +1000 %], i.e. −1 < rate ≤ 10 as a fraction"),
);
/** A level: finite and not negative. */
export const Level = z.number({ error: "must be a finite number" }).check(z.refine((v) => v >= 0, "a level must be ≥ 0"));
/** Standard deviation of a yearly rate, a fraction in [0, 1]. */
export const Sigma = z.number({ error: "must be a finite number" }).check(
  z.refine((v) => v >= 0 && v <= 1, "a standard deviation must lie in [0, 1] (a fraction: 0.015 = 1.5 points)"),
);
/** Skew γ of a two-piece normal (Bank of England parameterisation), in (−1, 1). */
export const Skew = z.number({ error: "must be a finite number" }).check(
  z.refine((v) => v > -1 && v < 1, "a skew must lie strictly between −1 and 1"),
);
export const Buoyancy = z.number({ error: "must be a finite number" }).check(
  z.refine((v) => v >= 0 && v <= BUOYANCY_MAX, `the revenue buoyancy must lie in [0, ${BUOYANCY_MAX}]`),
);
export const Tolerance = z.number({ error: "must be a finite number" }).check(
  z.refine((v) => v >= 0 && v <= 1, "a tolerance must lie in [0, 1] (a fraction: 0.02 = 2 %)"),
);
/** AR(1) persistence of shocks across years. */
export const Persistence = z.number({ error: "must be a finite number" }).check(
  z.refine((v) => v >= 0 && v < 1, "persistence must lie in [0, 1)"),
);
export const Correlation = z.number({ error: "must be a finite number" }).check(
  z.refine((v) => v >= -1 && v <= 1, "a correlation must lie in [−1, 1]"),
);
export const Seed = z.int({ error: "must be a whole number" }).check(
  z.refine((v) => v >= 0 && v <= 0xffffffff, "a seed must lie in [0, 4294967295]"),
);

/** Outcome statuses: a reported figure (thực hiện) or an early estimate (ước thực hiện). */
export const OutcomeStatus = z.enum(["actual", "estimate"]);
