/** Notices about custom regions (spread into the app's dictionaries). */
export const VI_REGIONS = {
  regionLinkTooLong:
    "Địa bàn này quá lớn để gửi kèm liên kết (trên 8 KB). Liên kết chỉ mở được trên trình duyệt này: hãy gửi tệp địa bàn (Thêm địa bàn… → Xuất XLSX hoặc JSON).",
  regionLinkBad: "Liên kết có số liệu địa bàn không hợp lệ ({error}); đang mở địa bàn mặc định.",
  regionMissing: "Không tìm thấy địa bàn '{region}' trên trình duyệt này; đang mở địa bàn mặc định.",
  regionLinkKept: "Trình duyệt đã có địa bàn '{region}' khác với liên kết: đang mở bản trong liên kết, không lưu đè bản của bạn.",
  regionsCorrupt: "Không đọc được danh sách địa bàn đã lưu; dữ liệu cũ được giữ lại ở khoá {key}.",
};

export const EN_REGIONS: typeof VI_REGIONS = {
  regionLinkTooLong:
    "This region is too large to travel in a link (over 8 KB). The link opens only in this browser: send the region file instead (Add a region… → Export XLSX or JSON).",
  regionLinkBad: "The link's region data is not valid ({error}); opening the default region.",
  regionMissing: "Region '{region}' is not in this browser; opening the default region.",
  regionLinkKept: "This browser has a different region '{region}': opening the link's copy without overwriting yours.",
  regionsCorrupt: "The saved regions could not be read; the old data is kept under the key {key}.",
};
