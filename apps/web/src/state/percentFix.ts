import { scenarioPercentSlip, scenarioRateEntries, type PercentSlip } from "@lotrinh/core";

/** A scenario file whose rates look typed as percents, and the same file with them divided by 100. */
export interface PercentSlipOffer {
  slip: PercentSlip;
  /** The file's JSON with every rate (and rate outcome) divided by 100. */
  fixedText: string;
  /** How many values the fix divides. */
  count: number;
}

type Table = Record<string, Record<string, unknown>>;

/**
 * Core's percent-slip check (any rate above 1 while every rate would be plausible divided by
 * 100) on a file as read, before anything is saved; with it, the corrected file the user may
 * choose to import instead. Undefined for a file without the slip, or that is not JSON.
 */
export function percentSlipOffer(content: string): PercentSlipOffer | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
  const slip = scenarioPercentSlip(raw);
  if (!slip) return undefined;
  const fixed = structuredClone(raw) as Record<string, Table>;
  const entries = scenarioRateEntries(raw);
  // 14.5 / 100 is 0.14500000000000002 in binary: the fraction as typed, 0.145.
  const divide = (v: number) => Number((v / 100).toPrecision(12));
  for (const e of entries) {
    const [table, id, year] = e.path.split(".") as [string, string, string];
    const byYear = fixed[table]![id]!;
    const v = byYear[year];
    if (typeof v === "number") byYear[year] = divide(v);
    else if (v && typeof v === "object") (v as { value: number }).value = divide((v as { value: number }).value);
  }
  return { slip, fixedText: JSON.stringify(fixed, null, 2), count: entries.length };
}
