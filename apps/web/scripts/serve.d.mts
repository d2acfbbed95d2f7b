import type { BrowserContext, LaunchOptions } from "playwright-core";

export declare const appRoot: string;
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function buildApp(options?: { logLevel?: "info" | "warn" | "error" | "silent" }): Promise<void>;
export declare function serveDist(): Promise<{ url: string; close: () => Promise<void> }>;
export declare function hasChromium(): boolean;
export declare function launchChromium(options?: Partial<LaunchOptions> & Record<string, unknown>): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}>;
export declare const DEFAULT_PORT: number;
export declare const DEFAULT_HOST: string;
export declare function parseStartOptions(
  argv: string[],
  env?: Record<string, string | undefined>,
): { ok: true; port: number; host: string; build: boolean } | { ok: false; error: string };
export declare function portIsFree(port: number, host?: string): Promise<boolean>;
export declare function listenOnFreePort(port: number, host?: string): Promise<{ url: string; port: number; close: () => Promise<void> }>;
