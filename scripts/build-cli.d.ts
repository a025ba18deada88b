// Types for build-cli.js (plain JavaScript so bin/knead.js can run it without tsx).
export const OUT_DIR: string;
export function freshCliEntry(root: string): string | null;
export function buildCli(root: string): Promise<string>;
export function ensureCliBuild(root: string): Promise<{ entry: string; rebuilt: boolean }>;
export function loadEsbuild(): Promise<typeof import('esbuild')>;
