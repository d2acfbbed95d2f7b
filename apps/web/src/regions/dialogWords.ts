import type { Lang } from "@lotrinh/core";

/** The words of the "Thêm địa bàn…" dialog (they load with it). */
export const DIALOG_WORDS = {
  vi: {
    title: "Thêm địa bàn",
    close: "Đóng",
    importHeading: "Nhập tệp địa bàn",
    importLabel: "Tệp địa bàn (.xlsx, .csv hoặc .json)",
    importing: "Đang đọc tệp…",
    importErrors: "Tệp có {count} lỗi, chưa nhập:",
    templateHeading: "Bắt đầu từ mẫu",
    templateHint: "Tải mẫu bảng tính, điền số liệu của địa phương rồi nhập lại ở trên. Dòng in nghiêng là ví dụ.",
    templateButton: "Tải mẫu XLSX",
    formHeading: "Tạo bằng tay",
    yoursHeading: "Địa bàn của bạn",
    none: "Chưa có địa bàn nào.",
    open: "Mở",
    edit: "Sửa",
    idTaken: "Mã {id} đã có: chọn mã khác",
    exportXlsx: "Xuất XLSX",
    exportJson: "Xuất JSON",
    duplicate: "Nhân bản",
    remove: "Xoá",
    confirmRemove: "Xoá địa bàn “{name}” khỏi trình duyệt? Thao tác này không hoàn tác được. Nếu cần giữ lại, hãy bấm Huỷ rồi Xuất XLSX hoặc JSON trước.",
    confirmReplace: "Đã có địa bàn “{name}” (mã {id}). Thay bằng tệp vừa nhập? (Huỷ: lưu thành bản sao với mã mới.)",
    copyName: "{name} (bản sao)",
    saveFailed: "Không lưu được: {reason}",
    tooLarge: "địa bàn quá lớn để lưu trong trình duyệt",
    tooMany: "đã có đủ 20 địa bàn; hãy xoá bớt",
    noStorage: "trình duyệt không cho lưu",
  },
  en: {
    title: "Add a region",
    close: "Close",
    importHeading: "Import a region file",
    importLabel: "Region file (.xlsx, .csv or .json)",
    importing: "Reading the file…",
    importErrors: "The file has {count} errors and was not imported:",
    templateHeading: "Start from the template",
    templateHint: "Download the spreadsheet template, fill in your region's figures, then import it above. The italic rows are examples.",
    templateButton: "Download the XLSX template",
    formHeading: "Create by hand",
    yoursHeading: "Your regions",
    none: "No region yet.",
    open: "Open",
    edit: "Edit",
    idTaken: "The id {id} is taken: choose another",
    exportXlsx: "Export XLSX",
    exportJson: "Export JSON",
    duplicate: "Duplicate",
    remove: "Delete",
    confirmRemove: "Delete the region “{name}” from this browser? This cannot be undone. To keep it, press Cancel and export it (XLSX or JSON) first.",
    confirmReplace: "A region “{name}” (id {id}) exists. Replace it with the imported file? (Cancel: save as a copy with a new id.)",
    copyName: "{name} (copy)",
    saveFailed: "Not saved: {reason}",
    tooLarge: "the region is too large for browser storage",
    tooMany: "20 regions are saved already; delete some",
    noStorage: "the browser does not allow saving",
  },
} as const;

export type DialogWord = keyof (typeof DIALOG_WORDS)["vi"];

export function dw(lang: Lang, key: DialogWord, params: Record<string, string | number> = {}): string {
  return DIALOG_WORDS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
