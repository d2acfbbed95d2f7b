import { describe, expect, it } from "vitest";
import { localizeError, localizeJsonReason, localizePhrase } from "../src/format/errors.js";
import { parseScenario } from "../src/index.js";

const base = { schema: "lotrinh/scenario/1", region: "sa-pa" };

function vi(raw: unknown): string {
  const r = parseScenario(raw);
  if (r.ok) throw new Error("parsed");
  return localizeError(r, "vi");
}

describe("errors in Vietnamese", () => {
  it("names the field and says what is wrong in Vietnamese, keeping keys and values as written", () => {
    expect(vi({ ...base, rates: { grdpGrowth: { "2024": 20 } } })).toBe(
      "kịch bản: rates.grdpGrowth.2024: tỷ lệ phải nằm trong (−100 %, +1000 %], tức −1 < tỷ lệ ≤ 10 khi ghi dưới dạng số thập phân",
    );
    expect(vi({ ...base, Rates: {} })).toBe("kịch bản: Rates: khoá lạ 'Rates'");
    expect(vi({ ...base, name: 5 })).toBe("kịch bản: name: phải là văn bản, không phải một số");
    expect(vi({ ...base, region: undefined })).toBe("kịch bản: region: bị thiếu (phải là văn bản)");
    expect(vi({ ...base, schema: "lotrinh/scenario/3" })).toBe("kịch bản: schema: phiên bản 3 mới hơn phiên bản Lộ Trình này hiểu được (1)");
    expect(vi({ ...base, levels: { investment: { "2022": -5 } } })).toBe("kịch bản: levels.investment.2022: mức phải ≥ 0");
    expect(vi({ ...base, rates: { grdpGrowth: { "24": 0.1 } } })).toBe("kịch bản: rates.grdpGrowth.24: '24' không phải khoá hợp lệ: phải là năm gồm bốn chữ số");
    expect(vi({ ...base, actuals: { grdpGrowth: { "2022": { value: 0.1, status: "plan" } } } })).toBe(
      'kịch bản: actuals.grdpGrowth.2022.status: phải là một trong "actual", "estimate"',
    );
  });

  it("gives English unchanged, and leaves a phrase it does not know in English", () => {
    expect(localizeError({ path: "name", error: "scenario: name: must not be empty" }, "en")).toBe("scenario: name: must not be empty");
    expect(localizePhrase("something new", "vi")).toBe("something new");
  });

  it("translates numbers in phrases to the Vietnamese format", () => {
    expect(localizePhrase("the formula is too long: 10,004 characters (at most 10,000)", "vi")).toBe("công thức quá dài: 10.004 ký tự (tối đa 10.000)");
    expect(localizePhrase("did you mean 14.5 %? Rates are written as fractions: 0.145", "vi")).toBe(
      "ý bạn là 14,5 %? Tỷ lệ ghi dưới dạng số thập phân: 0,145",
    );
    expect(localizePhrase("pow needs 2 arguments (got 1)", "vi")).toBe("pow cần 2 đối số (đang có 1)");
    expect(localizePhrase("min needs at least 1 argument (got 0)", "vi")).toBe("min cần ít nhất 1 đối số (đang có 0)");
  });

  it("says why JSON is bad in Vietnamese, for V8's usual reasons", () => {
    const reason = (text: string) => {
      try {
        JSON.parse(text);
      } catch (e) {
        return (e as Error).message.replace(/, ".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "");
      }
      throw new Error("parsed");
    };
    expect(localizeJsonReason(reason("{"), "vi")).toBe("cần tên khoá (trong ngoặc kép) hoặc '}'");
    expect(localizeJsonReason(reason('{"a":1,}'), "vi")).toBe("cần tên khoá trong ngoặc kép (có thể thừa dấu phẩy)");
    expect(localizeJsonReason(reason('{"a":}'), "vi")).toBe("gặp ký tự không mong đợi '}'");
    expect(localizeJsonReason(reason("[1 2]"), "vi")).toBe("cần ',' hoặc ']' sau phần tử mảng");
    expect(localizeJsonReason(reason(""), "vi")).toBe("tệp kết thúc giữa chừng");
    expect(localizeJsonReason(reason('"abc'), "vi")).toBe("chuỗi chưa đóng ngoặc kép");
    expect(localizeJsonReason("something else", "vi")).toBe("something else");
  });
});
