import { ResetIcon } from "./icons";

/** The reset button of an edited value, or an empty slot that keeps the row's columns aligned. */
export function ResetButton({ show, label, onReset }: { show: boolean; label: string; onReset: () => void }) {
  if (!show) return <span className="icon-placeholder" />;
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onReset}>
      <ResetIcon />
    </button>
  );
}
