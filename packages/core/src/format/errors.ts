import type { Lang } from "./number.js";

/**
 * Vietnamese for the one-line errors core produces (schemas, scenario resolution,
 * formulas, document limits, percent slips). Core writes them in English, in short
 * stable phrases; this table translates each phrase by its pattern, so that the CLI
 * and the app print "kịch bản: rates.grdpGrowth.2024: tỷ lệ phải …" by default.
 * Field paths, ids and quoted values stay as they are: they name what to fix.
 */

type Rule = [RegExp, (m: RegExpExecArray) => string];

/** "10,004" (English digits) as Vietnamese: "10.004"; "0.015" → "0,015". */
function viNumber(text: string): string {
  return text.replace(/[.,]/g, (c) => (c === "," ? "." : ","));
}

const TYPES: Record<string, string> = {
  text: "văn bản",
  "a number": "một số",
  "a non-finite number": "một số không hữu hạn",
  "a whole number": "một số nguyên",
  "true or false": "đúng/sai (true/false)",
  "true/false": "đúng/sai (true/false)",
  "an object": "một đối tượng",
  "an array": "một mảng",
  null: "null",
  undefined: "không có giá trị",
};
const type = (t: string) => t.split(" or ").map((x) => TYPES[x] ?? x).join(" hoặc ");

const ARGS = (n: string) => n.replace(/at least /, "ít nhất ").replace(/ or /, " hoặc ").replace(/ arguments?/, " đối số");

const RULES: Rule[] = [
  // Types and forms (schema/issue.ts).
  [/^must be a finite number$/, () => "phải là một số hữu hạn"],
  [/^is missing \(must be (.+)\)$/, (m) => `bị thiếu (phải là ${type(m[1]!)})`],
  [/^must be (text|a number|a whole number|true or false|an object|an array|[a-z ]+ or [a-z ]+), not (.+)$/, (m) => `phải là ${type(m[1]!)}, không phải ${type(m[2]!)}`],
  [/^unknown key '(.*)' \(did you mean '(.*)'\?\)$/s, (m) => `khoá lạ '${m[1]}' (ý bạn là '${m[2]}'?)`],
  [/^unknown key '(.*)'$/s, (m) => `khoá lạ '${m[1]}'`],
  [/^must be one of (.+)$/, (m) => `phải là một trong ${m[1]!.replace(/, /g, ", ")}`],
  [/^must be (".*")$/, (m) => `phải là ${m[1]}`],
  [/^must not be empty$/, () => "không được để trống"],
  [/^must be at least (.+)$/, (m) => `phải ít nhất là ${m[1]}`],
  [/^must be at most (.+)$/, (m) => `phải nhiều nhất là ${m[1]}`],
  [/^'(.*)' is not a valid key: (.+)$/s, (m) => `'${m[1]}' không phải khoá hợp lệ: ${localizePhrase(m[2]!, "vi")}`],
  [/^is not valid here$/, () => "không hợp lệ ở đây"],
  [/^must be a four-digit year$/, () => "phải là năm gồm bốn chữ số"],
  [/^must be a whole year$/, () => "phải là một năm (số nguyên)"],
  [/^must be a whole number$/, () => "phải là một số nguyên"],
  [/^must be a camelCase identifier \(letters and digits\)$/, () => "phải là mã kiểu camelCase (chữ cái và chữ số)"],
  [/^must be lower-case words joined by '-'$/, () => "phải là các từ chữ thường nối bằng '-'"],
  [/^must be YYYY, YYYY-MM or YYYY-MM-DD$/, () => "phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD"],
  [/^must be a JSON object$/, () => "phải là một đối tượng JSON"],
  [/^expected (".*")$/, (m) => `phải là ${m[1]}`],
  // Domain bounds (schema/common.ts, region.ts, model/input.ts).
  [/^a rate must lie in \(−100 %, \+1000 %\], i\.e\. −1 < rate ≤ 10 as a fraction$/, () => "tỷ lệ phải nằm trong (−100 %, +1000 %], tức −1 < tỷ lệ ≤ 10 khi ghi dưới dạng số thập phân"],
  [/^a rate must lie in \(−100 %, \+1000 %\]$/, () => "tỷ lệ phải nằm trong (−100 %, +1000 %]"],
  [/^a level must be ≥ 0$/, () => "mức phải ≥ 0"],
  [/^a standard deviation must lie in \[0, 1\] \(a fraction: 0\.015 = 1\.5 points\)$/, () => "độ lệch chuẩn phải nằm trong [0, 1] (số thập phân: 0,015 = 1,5 điểm)"],
  [/^a skew must lie strictly between −1 and 1$/, () => "độ lệch phân phối (skew) phải nằm giữa −1 và 1"],
  [/^the revenue buoyancy must lie in \[0, (\d+)\]$/, (m) => `hệ số co giãn thu phải nằm trong [0, ${m[1]}]`],
  [/^a tolerance must lie in \[0, 1\] \(a fraction: 0\.02 = 2 %\)$/, () => "dung sai phải nằm trong [0, 1] (số thập phân: 0,02 = 2 %)"],
  [/^persistence must lie in \[0, 1\)$/, () => "hệ số duy trì phải nằm trong [0, 1)"],
  [/^a correlation must lie in \[−1, 1\]$/, () => "hệ số tương quan phải nằm trong [−1, 1]"],
  [/^a seed must lie in \[0, 4294967295\]$/, () => "hạt giống (seed) phải nằm trong [0, 4294967295]"],
  // Versions (schema/migrate.ts).
  [/^version ([\d.]+) is newer than this Lộ Trình understands \((\d+)\)$/, (m) => `phiên bản ${m[1]} mới hơn phiên bản Lộ Trình này hiểu được (${m[2]})`],
  [/^no migration from version (\d+)$/, (m) => `không có cách chuyển từ phiên bản ${m[1]}`],
  // Targets (schema/region.ts).
  [/^an 'about' target must state its tolerance$/, () => "mục tiêu 'khoảng' phải nêu dung sai"],
  [/^a (\w+) target needs fromYear$/, (m) => `mục tiêu ${m[1]} cần fromYear`],
  [/^fromYear must not be after year$/, () => "fromYear không được sau year"],
  [/^target years must lie within (\d+)–(\d+)$/, (m) => `năm mục tiêu phải nằm trong ${m[1]}–${m[2]}`],
  [/^duplicate target id '(.*)'$/, (m) => `trùng mã mục tiêu '${m[1]}'`],
  [/^only an assumption can be derived from a target$/, () => "chỉ một giả định mới được suy ra từ mục tiêu"],
  [/^a (\w+) figure must name its source document$/, (m) => `số liệu ${m[1]} phải ghi tài liệu nguồn`],
  [/^an assumption must say why it was chosen$/, () => "giả định phải nêu lý do chọn"],
  [/^a term has 3 to 10 growth years \(end − base\)$/, () => "nhiệm kỳ có từ 3 đến 10 năm tăng trưởng (end − base)"],
  [/^standard indicator (\w+) is missing$/, (m) => `thiếu chỉ tiêu chuẩn ${m[1]}`],
  [/^indicator (\w+) is not standard: give its (\w+)$/, (m) => `chỉ tiêu ${m[1]} không phải chỉ tiêu chuẩn: hãy ghi ${m[2]}`],
  [/^unknown source '(.*)'$/, (m) => `nguồn lạ '${m[1]}'`],
  [/^unknown target '(.*)'$/, (m) => `mục tiêu lạ '${m[1]}'`],
  [/^(\w+) is a rate: give rates, not levels$/, (m) => `${m[1]} là tốc độ: ghi rates, không ghi levels`],
  [/^(\w+) is tracked: give levels, not rates$/, (m) => `${m[1]} chỉ theo dõi số liệu: ghi levels, không ghi rates`],
  // Scenario resolution (model/input.ts).
  [/^the scenario is for '(.*)', not '(.*)'$/, (m) => `kịch bản dành cho '${m[1]}', không phải '${m[2]}'`],
  [/^unknown indicator '(.*)' for (.+)$/, (m) => `${m[2]} không có chỉ tiêu '${m[1]}'`],
  [/^unknown indicator '(.*)'$/, (m) => `chỉ tiêu lạ '${m[1]}'`],
  [/^(\w+) is a rate: set it under rates$/, (m) => `${m[1]} là tốc độ: ghi trong rates`],
  [/^(\w+) has no growth path: set it under levels$/, (m) => `${m[1]} không có đường tăng trưởng: ghi trong levels`],
  [/^year (-?\d+) is outside the term (\d+)–(\d+)$/, (m) => `năm ${m[1]} nằm ngoài nhiệm kỳ ${m[2]}–${m[3]}`],
  [/^a formula's target must be on the formula itself \('(.*)'\)$/, (m) => `mục tiêu của công thức phải đặt trên chính công thức ('${m[1]}')`],
  [/^unknown reading group '(.*)' for (.+)$/, (m) => `${m[2]} không có nhóm cách hiểu '${m[1]}'`],
  [/^unknown reading '(.*)': choose (.+)$/, (m) => `cách hiểu lạ '${m[1]}': chọn ${m[2]!.replace(/ or /g, " hoặc ")}`],
  [/^(\w+) is linked to other inputs and varies through them: give σ for a rate input or revenueBuoyancy$/, (m) => `${m[1]} gắn với các đầu vào khác và biến động theo chúng: hãy cho σ của một tốc độ đầu vào hoặc của revenueBuoyancy`],
  // Formulas (formulas/checks.ts, compile.ts).
  [/^a formula needs an expression$/, () => "công thức cần một biểu thức"],
  [/^bad syntax: (.+)$/s, (m) => `sai cú pháp: ${m[1]}`],
  [/^unknown name '(.*)'$/, (m) => `tên lạ '${m[1]}'`],
  [/^unknown function '(.*)'$/, (m) => `hàm lạ '${m[1]}'`],
  [/^'(.*)' is not allowed \(only arithmetic on indicators\)$/s, (m) => `không được dùng '${m[1]}' (chỉ tính số học trên các chỉ tiêu)`],
  [/^text "(.*)" is not allowed: formulas compute with numbers$/s, (m) => `không được dùng văn bản "${m[1]}": công thức chỉ tính với số`],
  [/^'(.*)' is not allowed: formulas compute with numbers$/, (m) => `không được dùng '${m[1]}': công thức chỉ tính với số`],
  [/^operator '(.*)' is not allowed \(only \+ − \* \/ \^ %, comparisons, and, or, not\)$/, (m) => `không được dùng phép toán '${m[1]}' (chỉ + − * / ^ %, so sánh, and, or, not)`],
  [/^(\w+) needs (.+) \(got (\d+)\)$/, (m) => `${m[1]} cần ${ARGS(m[2]!)} (đang có ${m[3]})`],
  [/^(\w+): the number of decimals must be a whole number from 0 to (\d+)$/, (m) => `${m[1]}: số chữ số thập phân phải là số nguyên từ 0 đến ${m[2]}`],
  [/^the formula is too long: ([\d,]+) characters \(at most ([\d,]+)\)$/, (m) => `công thức quá dài: ${viNumber(m[1]!)} ký tự (tối đa ${viNumber(m[2]!)})`],
  [/^the formula is too large: more than ([\d,]+) parts \(numbers, names and operators\)$/, (m) => `công thức quá lớn: hơn ${viNumber(m[1]!)} thành phần (số, tên và phép toán)`],
  [/^the formula is nested too deeply \(more than (\d+) levels of brackets\)$/, (m) => `công thức lồng quá sâu (hơn ${m[1]} tầng ngoặc)`],
  [/^the formula is nested too deeply \(more than (\d+) levels\)$/, (m) => `công thức lồng quá sâu (hơn ${m[1]} tầng)`],
  [/^the formula is nested too deeply$/, () => "công thức lồng quá sâu"],
  [/^the id is already an indicator$/, () => "mã này đã là một chỉ tiêu"],
  [/^too many formulas: ([\d,]+) \(at most (\d+)\)$/, (m) => `quá nhiều công thức: ${viNumber(m[1]!)} (tối đa ${m[2]})`],
  [/^too many targets: ([\d,]+) \(at most (\d+) a formula\)$/, (m) => `quá nhiều mục tiêu: ${viNumber(m[1]!)} (tối đa ${m[2]} cho mỗi công thức)`],
  // Documents (scenario/document.ts) and percent slips (scenario/percent.ts).
  [/^the document holds more than ([\d,]+) values$/, (m) => `tài liệu có hơn ${viNumber(m[1]!)} giá trị`],
  [/^the document is nested more than (\d+) levels deep$/, (m) => `tài liệu lồng sâu hơn ${m[1]} tầng`],
  [/^the key '(.*)' is not allowed$/, (m) => `không được dùng khoá '${m[1]}'`],
  [/^text longer than ([\d,]+) characters$/, (m) => `văn bản dài hơn ${viNumber(m[1]!)} ký tự`],
  [/^the file is too large \(([\d.]+) MB; at most 5 MB\)$/, (m) => `tệp quá lớn (${viNumber(m[1]!)} MB; tối đa 5 MB)`],
  [/^not valid JSON: (.*)$/s, (m) => `không phải JSON hợp lệ: ${localizeJsonReason(m[1]!, "vi")}`],
  [/^did you mean ([\d.,−-]+) %\? Rates are written as fractions: ([\d.,−-]+)$/, (m) => `ý bạn là ${viNumber(m[1]!)} %? Tỷ lệ ghi dưới dạng số thập phân: ${viNumber(m[2]!)}`],
];

/** V8's JSON.parse reasons, the usual ones, in Vietnamese. */
const JSON_REASONS: Rule[] = [
  [/^Unexpected end of JSON input$/, () => "tệp kết thúc giữa chừng"],
  [/^Unexpected token '(.*)'$/s, (m) => `gặp ký tự không mong đợi '${m[1]}'`],
  [/^Expected property name or '\}'$/, () => "cần tên khoá (trong ngoặc kép) hoặc '}'"],
  [/^Expected double-quoted property name$/, () => "cần tên khoá trong ngoặc kép (có thể thừa dấu phẩy)"],
  [/^Expected ':' after property name$/, () => "cần ':' sau tên khoá"],
  [/^Expected ',' or '([\]}])' after (array element|property value)$/, (m) => `cần ',' hoặc '${m[1]}' sau ${m[2] === "array element" ? "phần tử mảng" : "giá trị"}`],
  [/^Unexpected non-whitespace character after JSON.*$/s, () => "còn ký tự sau khi JSON đã kết thúc"],
  [/^Unterminated string$/, () => "chuỗi chưa đóng ngoặc kép"],
  [/^Bad control character in string literal$/, () => "ký tự điều khiển trong chuỗi"],
  [/^Bad escaped character$/, () => "ký tự thoát (\\) không hợp lệ"],
  [/^No number after minus sign$/, () => "thiếu số sau dấu trừ"],
  [/^Exponent part is missing a number$/, () => "số mũ thiếu chữ số"],
  [/^Unterminated fractional number$/, () => "phần thập phân thiếu chữ số"],
];

/** A JSON.parse reason in the language; one it does not know stays as V8 wrote it. */
export function localizeJsonReason(reason: string, lang: Lang): string {
  if (lang === "en") return reason;
  for (const [pattern, vi] of JSON_REASONS) {
    const m = pattern.exec(reason);
    if (m) return vi(m);
  }
  return reason;
}

/** One English phrase from core in the language; a phrase without a rule stays in English. */
export function localizePhrase(phrase: string, lang: Lang): string {
  if (lang === "en") return phrase;
  for (const [pattern, vi] of RULES) {
    const m = pattern.exec(phrase);
    if (m) return vi(m);
  }
  return phrase;
}

/** True when the phrase has a Vietnamese rule (tests check every refusal of the corpus). */
export function hasTranslation(phrase: string): boolean {
  return RULES.some(([pattern]) => pattern.test(phrase));
}

const WHAT: Record<string, { vi: string; en: string }> = {
  scenario: { vi: "kịch bản", en: "scenario" },
  region: { vi: "địa bàn", en: "region" },
};

/** Splits "scenario: rates.x.2024: phrase" into its document kind, field path and phrase. */
export function splitError(error: string, path: string): { what: string; path: string; phrase: string } {
  const m = /^(scenario|region): (.*)$/s.exec(error);
  const what = m ? m[1]! : "";
  let rest = m ? m[2]! : error;
  if (path && rest.startsWith(`${path}: `)) rest = rest.slice(path.length + 2);
  return { what, path, phrase: rest };
}

/** A core failure ({ error, path }) as one line in the language: "kịch bản: rates.x.2024: …". */
export function localizeError(failure: { error: string; path: string }, lang: Lang): string {
  const { what, path, phrase } = splitError(failure.error, failure.path);
  const head = what ? (WHAT[what]?.[lang] ?? what) : "";
  return [head, path, localizePhrase(phrase, lang)].filter(Boolean).join(": ");
}
