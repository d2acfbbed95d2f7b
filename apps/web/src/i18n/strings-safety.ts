/**
 * Strings of the safety net: render failures, storage across tabs, imported names.
 * Spread into VI and EN (./strings.ts, ./en.ts).
 */
export const VI_SAFETY = {
  renderFailed: "Không hiển thị được {part}: {error}",
  renderFailedKept: "Kịch bản đã lưu của bạn vẫn được giữ nguyên.",
  renderUndo: "Hoàn tác thay đổi vừa rồi",
  renderResetToPlan: "Mở kịch bản kế hoạch",
  renderRetry: "Thử lại",
  partApp: "ứng dụng",
  partEditor: "trình soạn kịch bản",
  partInputs: "bảng nhập liệu",
  partTargets: "bảng chỉ tiêu",
  partCharts: "các biểu đồ",
  partChart: "biểu đồ “{name}”",
  partView: "màn hình này",
  importedScenarioName: "Kịch bản nhập",
  linkOpenedNotSaved: "Đã mở kịch bản “{name}” từ liên kết nhưng chưa lưu được vào bộ nhớ trình duyệt ({error}). Hãy xuất tệp để giữ kịch bản.",
  tabConflict: "Kịch bản “{name}”: {field} vừa được sửa ở một thẻ khác; giá trị sửa sau cùng được giữ.",
  tabDeleted: "Kịch bản “{name}” đã bị xoá ở một thẻ khác.",
  storageMigrationFailed: "Chưa chuyển được kịch bản đã lưu sang định dạng mới ({error}). Dữ liệu cũ được giữ nguyên; thay đổi trong phiên này không được lưu.",
  storageEntryLocked: "Không sao lưu được kịch bản hỏng ở khoá “{key}”, nên kịch bản đó sẽ không bị ghi đè.",
};

export const EN_SAFETY: Record<keyof typeof VI_SAFETY, string> = {
  renderFailed: "Could not show {part}: {error}",
  renderFailedKept: "Your saved scenario is kept as it was.",
  renderUndo: "Undo the last change",
  renderResetToPlan: "Open the plan scenario",
  renderRetry: "Try again",
  partApp: "the app",
  partEditor: "the scenario editor",
  partInputs: "the inputs panel",
  partTargets: "the targets panel",
  partCharts: "the charts",
  partChart: "the chart “{name}”",
  partView: "this view",
  importedScenarioName: "Imported scenario",
  linkOpenedNotSaved: "Opened “{name}” from the link, but it could not be saved to browser storage ({error}). Export a file to keep it.",
  tabConflict: "Scenario “{name}”: {field} was just changed in another tab; the later change is kept.",
  tabDeleted: "Scenario “{name}” was deleted in another tab.",
  storageMigrationFailed: "Could not move the saved scenarios to the new format ({error}). The old data is kept; changes in this session are not saved.",
  storageEntryLocked: "A damaged scenario under the key “{key}” could not be backed up, so it will not be overwritten.",
};
