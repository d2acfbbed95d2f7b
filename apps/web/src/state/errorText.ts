import { localizePhrase } from "@lotrinh/core/errors";
import type { Lang } from "@lotrinh/core";

/**
 * Error texts in the reader's language. The app's own checks (links: state/url.ts, link.ts,
 * diff.ts; JSON limits: safeJson.ts) and core's validation write short English phrases after the
 * field they name ("s: not JSON", "scenario: rates.grdpGrowth.2024: a rate must lie in …"). In
 * Vietnamese each phrase is translated, field paths, ids and quoted values kept as they are: they
 * name what to fix. Core's phrases go through core's table (@lotrinh/core/errors).
 */
type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/^link longer than (\d+) characters$/, (m) => `liên kết dài hơn ${Number(m[1]).toLocaleString("vi-VN")} ký tự`],
  [/^unreadable link$/, () => "không đọc được liên kết"],
  [/^link version missing$/, () => "liên kết thiếu số phiên bản"],
  [/^link version (\d+) is not supported \(expected (\d+)\)$/, (m) => `liên kết phiên bản ${m[1]} chưa được hỗ trợ (cần phiên bản ${m[2]})`],
  [/^unknown region '(.*)'$/s, (m) => `không có địa bàn “${m[1]}”`],
  [/^not a region id '(.*)'$/s, (m) => `“${m[1]}” không phải mã địa bàn`],
  [/^not a scenario id$/, () => "không phải mã kịch bản"],
  [/^not a list of scenario ids$/, () => "không phải danh sách mã kịch bản"],
  [/^not base64url-encoded UTF-8$/, () => "không phải dữ liệu base64url (UTF-8)"],
  [/^not base64url$/, () => "không phải dữ liệu base64url"],
  [/^not JSON$/, () => "không phải JSON"],
  [/^no shipped scenario '(.*)'$/s, (m) => `không có kịch bản có sẵn “${m[1]}”`],
  [/^no scenario '(.*)' on this computer$/s, (m) => `không có kịch bản “${m[1]}” trên máy này`],
  [/^validation unavailable$/, () => "không tải được phần kiểm tra dữ liệu"],
  [/^must be an object$/, () => "phải là một đối tượng"],
  [/^must be a number$/, () => "phải là một số"],
  [/^not an indicator id$/, () => "không phải mã chỉ tiêu"],
  [/^not a year$/, () => "không phải năm"],
  [/^unknown field$/, () => "trường lạ"],
  [/^nested too deeply$/, () => "lồng quá sâu"],
  [/^more than ([\d,]+) values$/, (m) => `hơn ${m[1]!.replace(/,/g, ".")} giá trị`],
  [/^the scenario is for '(.*)', not '(.*)'$/s, (m) => `kịch bản dành cho địa bàn “${m[1]}”, không phải “${m[2]}”`],
];

const KINDS: Record<string, string> = { scenario: "kịch bản", region: "địa bàn" };

function phrase(text: string): string | undefined {
  for (const [pattern, vi] of RULES) {
    const m = pattern.exec(text);
    if (m) return vi(m);
  }
  const core = localizePhrase(text, "vi");
  return core !== text ? core : undefined;
}

/** "path: path: phrase" with the first part that reads as a known phrase translated. */
export function errorText(error: string, lang: Lang): string {
  if (lang === "en") return error;
  const parts = error.split(": ");
  for (let i = 0; i < parts.length; i++) {
    const vi = phrase(parts.slice(i).join(": "));
    if (vi === undefined) continue;
    const head = parts.slice(0, i).map((p, j) => (j === 0 && KINDS[p] ? KINDS[p] : p));
    return [...head, vi].join(": ");
  }
  return error;
}
