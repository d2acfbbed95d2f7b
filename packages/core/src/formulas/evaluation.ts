import type { LocalizedText } from "../indicators.js";

/** A formula that failed while evaluating: what went wrong, in Vietnamese and English. */
export class FormulaError extends Error {
  constructor(readonly problem: LocalizedText) {
    super(problem.en);
  }
}

/** mathjs's evaluation errors, as phrases a planner can act on. */
const KNOWN: { pattern: RegExp; text: (m: RegExpExecArray) => LocalizedText }[] = [
  {
    pattern: /Too few arguments in function (\w+)/,
    text: (m) => ({ vi: `${m[1]} thiếu đối số`, en: `${m[1]} needs more arguments` }),
  },
  {
    pattern: /Too many arguments in function (\w+)/,
    text: (m) => ({ vi: `${m[1]} thừa đối số`, en: `${m[1]} has too many arguments` }),
  },
  {
    pattern: /Number of decimals in function (\w+) must be/,
    text: (m) => ({
      vi: `${m[1]}: số chữ số thập phân phải là số nguyên từ 0 đến 15`,
      en: `${m[1]}: the number of decimals must be a whole number from 0 to 15`,
    }),
  },
  {
    pattern: /Cannot convert "([^"]*)" to a number/,
    text: (m) => ({ vi: `không đổi được "${m[1]}" thành số`, en: `cannot turn "${m[1]}" into a number` }),
  },
];

/** Any error thrown while evaluating, as one bilingual line (the first line of its message otherwise). */
export function evaluationProblem(error: unknown): LocalizedText {
  if (error instanceof FormulaError) return error.problem;
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return { vi: "công thức lồng quá sâu", en: "the formula is nested too deeply" };
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
  for (const { pattern, text } of KNOWN) {
    const m = pattern.exec(message);
    if (m) return text(m);
  }
  return { vi: `lỗi khi tính: ${message}`, en: `evaluation failed: ${message}` };
}
