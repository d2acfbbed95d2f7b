import type { Lang } from "../format/number.js";

/** The region schema's messages in Vietnamese (the schema words them in English). */
const VI: [RegExp, (...m: string[]) => string][] = [
  [/^an? (\w+) figure must name its source document$/, () => "số thực hiện và kế hoạch phải ghi nguồn"],
  [/^unknown source '(.*)'$/, (s) => `không có nguồn '${s}' trong trang Nguồn`],
  [/^unknown target '(.*)'$/, (s) => `không có mục tiêu '${s}'`],
  [/^unknown indicator '(.*)'$/, (s) => `không có chỉ tiêu '${s}'`],
  [/^year (\d+) is outside the term (.*)$/, (y, t) => `năm ${y} nằm ngoài nhiệm kỳ ${t}`],
  [/^target years must lie within (.*)$/, (t) => `năm của mục tiêu phải nằm trong ${t}`],
  [/^a rate must lie in/, () => "tốc độ phải lớn hơn −100 % và không quá 1000 %"],
  [/^a level must be ≥ 0$/, () => "mức không được âm"],
  [/^must be lower-case words joined by '-'$/, () => "chỉ gồm chữ thường không dấu, chữ số và dấu '-' (vd. tinh-moi)"],
  [/^must be a camelCase identifier/, () => "mã chỉ tiêu chỉ gồm chữ cái không dấu và chữ số (vd. retailSales)"],
  [/^an assumption must say why it was chosen$/, () => "số giả định phải có ghi chú lý do"],
  [/^duplicate target id '(.*)'$/, (s) => `trùng mã mục tiêu '${s}'`],
  [/^an? (\w+) target needs fromYear$/, () => "mục tiêu bình quân hoặc cộng dồn cần ghi Từ năm"],
  [/^an 'about' target must state its tolerance$/, () => "mục tiêu 'khoảng' phải ghi sai số cho phép"],
  [/^fromYear must not be after year$/, () => "Từ năm không được sau Năm"],
  [/^indicator (\w+) is not standard: give its (\w+)$/, (id) => `chỉ tiêu ${id} không phải chỉ tiêu chuẩn: khai báo đủ tên, đơn vị, loại, giá trong Danh mục chỉ tiêu`],
  [/^a term has 3 to 10 growth years/, () => "nhiệm kỳ có từ 3 đến 10 năm tăng trưởng (Năm cuối − Năm gốc)"],
  [/^standard indicator (\w+) is missing$/, (id) => `thiếu chỉ tiêu chuẩn ${id}`],
  [/^(\w+) is a rate: give rates, not levels$/, (id) => `${id} là tốc độ: ghi Số liệu là tốc độ`],
  [/^(\w+) is tracked: give levels, not rates$/, (id) => `${id} là chỉ tiêu theo dõi: ghi Số liệu là mức`],
  [/^only an assumption can be derived from a target$/, () => "chỉ số giả định mới suy ra từ mục tiêu"],
  [/^the revenue buoyancy must lie in/, () => "hệ số co giãn thu ngân sách phải trong khoảng 0–10"],
  [/^must be YYYY, YYYY-MM or YYYY-MM-DD$/, () => "ngày phải có dạng YYYY, YYYY-MM hoặc YYYY-MM-DD"],
  [/^a standard deviation must lie in/, () => "độ lệch chuẩn phải trong khoảng 0–100 %"],
  [/^a tolerance must lie in/, () => "sai số cho phép phải trong khoảng 0–100 %"],
];

export function schemaMessage(message: string, lang: Lang): string {
  if (lang === "en") return message;
  for (const [re, say] of VI) {
    const m = re.exec(message);
    if (m) return say(...m.slice(1));
  }
  return message;
}
