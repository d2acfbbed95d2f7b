export function gzipSize(dist: string, file: string): number;
export function initialScripts(dist: string, page: string): string[];
