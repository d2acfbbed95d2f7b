import { describe, expect, it } from "vitest";
import { errorText } from "../src/state/errorText";

describe("error texts in Vietnamese", () => {
  it("translates the app's link and file phrases, keeping fields and ids", () => {
    expect(errorText("link version 9 is not supported (expected 1)", "vi")).toBe("liên kết phiên bản 9 chưa được hỗ trợ (cần phiên bản 1)");
    expect(errorText("s: not JSON", "vi")).toBe("s: không phải JSON");
    expect(errorText("id: no scenario 'u-abc' on this computer", "vi")).toBe("id: không có kịch bản “u-abc” trên máy này");
    expect(errorText("l.investment.2019: not a year", "vi")).toBe("l.investment.2019: không phải năm");
    expect(errorText("more than 10,000 values", "vi")).toBe("hơn 10.000 giá trị");
  });

  it("passes core's phrases through core's table and names the document in Vietnamese", () => {
    expect(errorText("scenario: rates.grdpGrowth.2024: a rate must lie in (−100 %, +1000 %]", "vi")).toBe(
      "kịch bản: rates.grdpGrowth.2024: tỷ lệ phải nằm trong (−100 %, +1000 %]",
    );
    expect(errorText("scenario: rates.grdpGrowth.2024: did you mean 14.5 %? Rates are written as fractions: 0.145", "vi")).toBe(
      "kịch bản: rates.grdpGrowth.2024: ý bạn là 14,5 %? Tỷ lệ ghi dưới dạng số thập phân: 0,145",
    );
  });

  it("English stays as written; an unknown phrase is left as it is", () => {
    expect(errorText("s: not JSON", "en")).toBe("s: not JSON");
    expect(errorText("x: something new", "vi")).toBe("x: something new");
  });
});
