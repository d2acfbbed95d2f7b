import { Component, type ErrorInfo, type ReactNode } from "react";
import { useLang } from "../i18n/LangContext";
import { useActions } from "../state/AppContext";
import { planOf } from "../state/library";

export interface ErrorBoundaryProps {
  /** What this boundary guards, as shown in its message ("bảng chỉ tiêu"). */
  part: string;
  /** When this changes (an edit, an undo, another scenario), the failed part is drawn again. */
  resetKey?: unknown;
  /** Replaces the default message (the app-wide boundary has no app state to act on). */
  fallback?: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  key: unknown;
}

/** Messages from a failing render are shown on screen: cut them short. */
export function shortMessage(error: unknown): string {
  const m = error instanceof Error ? error.message : String(error);
  return m.length > 300 ? `${m.slice(0, 300)}…` : m;
}

/**
 * Keeps a render error inside the part that failed: the rest of the app stays,
 * the message says what failed, and the user can undo, open the plan or retry.
 * Nothing here touches the saved scenarios.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: undefined, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    // A new scenario state may render fine: try again rather than keep the message.
    if (props.resetKey !== state.key) return { key: props.resetKey, error: undefined };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`render error in ${this.props.part}:`, error, info.componentStack);
  }

  retry = () => this.setState({ error: undefined });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.fallback) return this.props.fallback(error, this.retry);
    return <RenderFailure part={this.props.part} error={error} retry={this.retry} />;
  }
}

function RenderFailure({ part, error, retry }: { part: string; error: Error; retry: () => void }) {
  const { t } = useLang();
  const { dispatch, current } = useActions();
  const openPlan = () => {
    dispatch({ type: "select", id: planOf(current().bundle).id });
    retry();
  };
  const undo = () => {
    dispatch({ type: "undo" });
    retry();
  };
  return (
    <div className="notice notice-error render-failure" role="alert">
      <p>{t("renderFailed", { part, error: shortMessage(error) })}</p>
      <p>{t("renderFailedKept")}</p>
      <p className="render-failure-actions">
        <button type="button" onClick={undo}>
          {t("renderUndo")}
        </button>{" "}
        <button type="button" onClick={openPlan}>
          {t("renderResetToPlan")}
        </button>{" "}
        <button type="button" onClick={retry}>
          {t("renderRetry")}
        </button>
      </p>
    </div>
  );
}
