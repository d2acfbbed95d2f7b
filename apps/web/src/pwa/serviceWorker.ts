/// <reference types="vite-plugin-pwa/vanillajs" />

/**
 * Registers the service worker of the build (vite.config.ts, offlinePlugin) once the page is up.
 * The registration code and workbox-window load as their own chunk, outside the initial bundle.
 * `onUpdate` is called when a new version is installed and waiting; the function it receives
 * activates that version and reloads the page.
 */
export function registerServiceWorker(onUpdate: (reload: () => void) => void): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  import("virtual:pwa-register").then(
    ({ registerSW }) => {
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () =>
          onUpdate(() => {
            // The new worker takes over and the page reloads when it does ("controlling"); a page the
            // old worker never controlled (the very first visit) gets no such event: reload it here.
            const controlled = !!navigator.serviceWorker.controller;
            void update(true).then(() => controlled || window.location.reload());
          }),
      });
    },
    // Offline before the chunk was cached, or service workers blocked: the app works as a plain page.
    () => undefined,
  );
}
