import type { Lang } from "../format/number.js";
import type { EvaluationNote } from "./types.js";

function years(list: readonly number[]): string {
  return list.join(", ");
}

/** An evaluation's note in words: which years are back-cast, which combination is refused. */
export function evaluationNoteText(note: EvaluationNote, lang: Lang): string {
  switch (note.code) {
    case "backcast":
      return lang === "vi"
        ? `năm ${years(note.years)} tính ngược từ mức cố định đầu tiên, nên thay đổi theo các tốc độ`
        : `${years(note.years)} worked backward from the first fixed level, so they move with the rates`;
    case "refusedCombination":
      return lang === "vi"
        ? `năm ${years(note.years)}: tổ hợp bị từ chối (hệ số co giãn thu × tăng GRDP danh nghĩa ≤ −100 % sẽ cho mức âm), giá trị không xác định`
        : `${years(note.years)}: refused combination (revenue buoyancy × nominal GRDP growth ≤ −100 % would give a negative level), value undefined`;
  }
}
