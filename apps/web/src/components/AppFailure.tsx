import { shortMessage } from "./ErrorBoundary";

/**
 * What shows when the app as a whole failed to render: both languages (the app's
 * language state went down with it), and a way back to the plan. Saved scenarios
 * are in browser storage and stay there: opening the plan reloads without touching them.
 */
export function AppFailure({ error }: { error: Error }) {
  const openPlan = () => {
    window.location.hash = "#v1";
    window.location.reload();
  };
  return (
    <main className="app-failure" role="alert">
      <h1>Lộ Trình</h1>
      <p>Không hiển thị được ứng dụng / The app could not be shown: {shortMessage(error)}</p>
      <p>Kịch bản đã lưu của bạn vẫn được giữ nguyên. / Your saved scenarios are kept as they were.</p>
      <button type="button" onClick={openPlan}>
        Mở kịch bản kế hoạch / Open the plan scenario
      </button>
    </main>
  );
}
