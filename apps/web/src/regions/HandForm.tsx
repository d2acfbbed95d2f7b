import { useId, useState, type FormEvent } from "react";
import type { Lang } from "@lotrinh/core";
import { handRegion, slugOf, type HandInput } from "./handRegion";

const WORDS = {
  vi: {
    name: "Tên địa bàn",
    id: "Mã (chữ thường, dấu -)",
    level: "Cấp",
    province: "tỉnh",
    town: "thị xã, huyện",
    base: "Năm gốc",
    end: "Năm cuối",
    rates: "Tốc độ mỗi năm của nhiệm kỳ (%, giả định; sửa từng năm sau khi tạo)",
    growth: "Tăng trưởng GRDP (%)",
    deflator: "Chỉ số giảm phát GRDP (%)",
    population: "Tăng dân số (%)",
    levels: "Số thực hiện năm gốc (bỏ trống nếu chưa có)",
    perCapita: "GRDP bình quân đầu người (triệu đồng)",
    revenue: "Thu ngân sách (tỷ đồng)",
    targets: "Mục tiêu năm cuối nhiệm kỳ (bỏ trống nếu không có)",
    perCapitaTarget: "GRDP bình quân đầu người từ (triệu đồng)",
    revenueTarget: "Thu ngân sách từ (tỷ đồng)",
    averageTarget: "Tăng trưởng bình quân từ (%/năm)",
    create: "Tạo địa bàn",
    notNumber: "{field}: phải là số",
  },
  en: {
    name: "Region name",
    id: "Id (lower case, -)",
    level: "Level",
    province: "province",
    town: "town, district",
    base: "Base year",
    end: "End year",
    rates: "Yearly rates over the term (%, assumptions; edit each year once created)",
    growth: "GRDP growth (%)",
    deflator: "GRDP deflator (%)",
    population: "Population growth (%)",
    levels: "Base-year actuals (leave empty if unknown)",
    perCapita: "GRDP per capita (million VND)",
    revenue: "Budget revenue (billion VND)",
    targets: "Targets for the end year (leave empty if none)",
    perCapitaTarget: "GRDP per capita at least (million VND)",
    revenueTarget: "Budget revenue at least (billion VND)",
    averageTarget: "Average growth at least (%/yr)",
    create: "Create the region",
    notNumber: "{field}: must be a number",
  },
} as const;

type Field = "base" | "end" | "growth" | "deflator" | "population" | "perCapita" | "revenue" | "perCapitaTarget" | "revenueTarget" | "averageTarget";
const REQUIRED: readonly Field[] = ["base", "end", "growth", "deflator", "population"];

/**
 * A region by hand: name, level, term, yearly rates, base-year levels and term targets.
 * The result goes through the same validation as an imported file.
 */
export function HandForm({ lang, onRegion }: { lang: Lang; onRegion: (raw: Record<string, unknown>) => Promise<string[]> }) {
  const w = WORDS[lang];
  const prefix = useId();
  const [name, setName] = useState("");
  const [id, setId] = useState("");
  const [level, setLevel] = useState<"province" | "town">("province");
  const [values, setValues] = useState<Record<Field, string>>({
    base: "2025", end: "2030", growth: "", deflator: "", population: "",
    perCapita: "", revenue: "", perCapitaTarget: "", revenueTarget: "", averageTarget: "",
  });
  const [errors, setErrors] = useState<string[]>([]);

  const number = async (field: Field): Promise<number | undefined | null> => {
    const t = values[field].trim();
    if (t === "") return REQUIRED.includes(field) ? null : undefined;
    const { parseNumberText } = await import("@lotrinh/core/workbook");
    return parseNumberText(t, lang)?.value ?? null;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const got: Partial<Record<Field, number>> = {};
    const bad: string[] = [];
    for (const f of Object.keys(values) as Field[]) {
      const v = await number(f);
      if (v === null) bad.push(w.notNumber.replace("{field}", label(f)));
      else if (v !== undefined) got[f] = v;
    }
    if (bad.length) return setErrors(bad);
    const input: HandInput = {
      name: name.trim(),
      id: id.trim() || slugOf(name),
      level,
      base: got.base!,
      end: got.end!,
      growth: got.growth!,
      deflator: got.deflator!,
      population: got.population!,
      perCapita: got.perCapita,
      revenue: got.revenue,
      perCapitaTarget: got.perCapitaTarget,
      revenueTarget: got.revenueTarget,
      averageGrowthTarget: got.averageTarget,
    };
    setErrors(await onRegion(handRegion(input, lang)));
  }

  const label = (f: Field) => (f === "averageTarget" ? w.averageTarget : w[f]);
  const input = (f: Field) => (
    <label key={f} className="field">
      <span>{label(f)}</span>
      <input inputMode="decimal" value={values[f]} onChange={(e) => setValues({ ...values, [f]: e.currentTarget.value })} />
    </label>
  );
  return (
    <form onSubmit={submit} aria-describedby={errors.length ? `${prefix}-errors` : undefined}>
      <label className="field">
        <span>{w.name}</span>
        <input required value={name} onChange={(e) => setName(e.currentTarget.value)} />
      </label>
      <label className="field">
        <span>{w.id}</span>
        <input value={id} placeholder={slugOf(name)} onChange={(e) => setId(e.currentTarget.value)} />
      </label>
      <label className="field">
        <span>{w.level}</span>
        <select value={level} onChange={(e) => setLevel(e.currentTarget.value as "province" | "town")}>
          <option value="province">{w.province}</option>
          <option value="town">{w.town}</option>
        </select>
      </label>
      {input("base")}
      {input("end")}
      <fieldset>
        <legend>{w.rates}</legend>
        {(["growth", "deflator", "population"] as const).map(input)}
      </fieldset>
      <fieldset>
        <legend>{w.levels}</legend>
        {(["perCapita", "revenue"] as const).map(input)}
      </fieldset>
      <fieldset>
        <legend>{w.targets}</legend>
        {(["perCapitaTarget", "revenueTarget", "averageTarget"] as const).map(input)}
      </fieldset>
      {errors.length > 0 && (
        <ul id={`${prefix}-errors`} role="alert" className="notice notice-error">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <button type="submit" className="button">
        {w.create}
      </button>
    </form>
  );
}
