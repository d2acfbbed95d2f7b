/** Units a region's indicators may use. Labels live in format/units.ts. */
export const UNIT_IDS = [
  "rate", // fraction per year
  "share", // fraction of a whole (forest cover, trained labour)
  "index", // index, base year = 100
  "billionVnd", // nominal, current prices
  "billionVnd2010", // real, constant 2010 prices
  "millionVndPerPerson",
  "millionVndPerHa",
  "millionVisits",
  "billionUsd",
  "tonnes",
  "per10kPeople",
  "criteriaPerCommune",
  "people",
  "count",
] as const;

export type UnitId = (typeof UNIT_IDS)[number];
