import type { BrowserContext, LaunchOptions } from "playwright-core";

export declare const appRoot: string;
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function buildApp(): Promise<void>;
export declare function serveDist(): Promise<{ url: string; close: () => Promise<void> }>;
export declare function hasChromium(): boolean;
export declare function launchChromium(options?: Partial<LaunchOptions> & Record<string, unknown>): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}>;
