import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { AppFailure } from "./components/AppFailure";
import { boot } from "./boot";
import { prefetchWhenIdle } from "./prefetch";
// Be Vietnam Pro as CSS with unicode-range subsets: the browser fetches only the WOFF2 files the page's text needs,
// so the screen uses the font of the exported files without adding to the initial JavaScript.
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/600.css";
import "./styles.css";

const root = document.getElementById("root")!;

boot().then(
  (b) => {
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary part="app" fallback={(error) => <AppFailure error={error} />}>
          <App boot={b} />
        </ErrorBoundary>
      </StrictMode>,
    );
    prefetchWhenIdle();
  },
  (e: Error) => {
    // Only the region data itself can fail here (e.g. offline before the first visit).
    root.textContent = `Không tải được dữ liệu / Could not load the data: ${e.message}`;
  },
);
