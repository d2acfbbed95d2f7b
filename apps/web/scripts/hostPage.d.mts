export declare function hostArticle(snippet: string, options?: { title?: string; width?: number; lang?: string }): string;
export declare function serveHostPages(pages?: Record<string, string>): Promise<{
  url: string;
  set: (path: string, html: string) => void;
  close: () => Promise<void>;
}>;
