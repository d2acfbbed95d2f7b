import { stringFlag } from "../args.js";
import type { Command } from "../command.js";
import { checkOutPath, writeOut } from "../output-file.js";

export const command: Command = {
  synopsis: "template --out FILE.xlsx|FILE.csv [--lang vi|en]",
  flags: {
    out: {
      kind: "string",
      required: true,
      valueName: "FILE",
      help: { vi: "tệp mẫu ghi ra (.xlsx, hoặc .csv)", en: "template file to write (.xlsx, or .csv)" },
    },
  },
  async run({ flags, lang }) {
    const outFlag = stringFlag(flags, "out")!;
    const out = checkOutPath(outFlag, [".xlsx", ".csv"]);
    const { templateXlsx, templateCsv } = await import("@lotrinh/core/workbook");
    writeOut(out, out.toLowerCase().endsWith(".csv") ? templateCsv(lang) : await templateXlsx(lang), outFlag);
    return lang === "vi"
      ? `Đã ghi mẫu địa bàn: ${outFlag} (điền các trang Địa bàn, Nguồn, Chỉ tiêu, Mục tiêu; dòng in nghiêng là ví dụ)\n`
      : `Wrote the region template: ${outFlag} (fill in Region, Sources, Figures, Targets; the italic row is an example)\n`;
  },
};
