/**
 * Region version 1 → 2: notes became { vi, en } (a version-1 note, written in one
 * language, is kept in both until someone translates it) and the indicator's bare
 * `sigma` became `uncertainty` with its reason.
 */
export function regionV1toV2(doc: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(doc);
  out.schema = "lotrinh/region/2";
  const both = (note: unknown) => (typeof note === "string" ? { vi: note, en: note } : note);
  const fixValue = (v: unknown) => {
    if (v && typeof v === "object" && "note" in v) (v as Record<string, unknown>).note = both((v as Record<string, unknown>).note);
  };
  const indicators = out.indicators;
  if (indicators && typeof indicators === "object")
    for (const ind of Object.values(indicators as Record<string, Record<string, unknown>>)) {
      if (!ind || typeof ind !== "object") continue;
      for (const field of ["levels", "rates"])
        if (ind[field] && typeof ind[field] === "object") for (const v of Object.values(ind[field] as object)) fixValue(v);
      if (typeof ind.sigma === "number") {
        ind.uncertainty = {
          sigma: ind.sigma,
          note: { vi: "Độ lệch chuẩn từ tệp địa bàn phiên bản 1", en: "Standard deviation from a version-1 region file" },
        };
        delete ind.sigma;
      }
    }
  const params = out.params as Record<string, unknown> | undefined;
  if (params && typeof params === "object") for (const v of Object.values(params)) fixValue(v);
  if (Array.isArray(out.targets)) for (const t of out.targets) fixValue(t);
  return out;
}
