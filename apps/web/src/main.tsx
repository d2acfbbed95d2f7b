import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { boot } from "./boot";
import { announceBenchReady } from "./bench";
import { prefetchWhenIdle } from "./prefetch";
import "./styles.css";

const root = document.getElementById("root")!;

boot().then(
  (b) => {
    createRoot(root).render(
      <StrictMode>
        <App boot={b} />
      </StrictMode>,
    );
    announceBenchReady();
    prefetchWhenIdle();
  },
  (e: Error) => {
    // Only the region data itself can fail here (e.g. offline before the first visit).
    root.textContent = `Không tải được dữ liệu / Could not load the data: ${e.message}`;
  },
);
