#!/usr/bin/env node
// Runs the compiled CLI (dist/cli, decision 0019), rebuilding it first when a source changed since it was built, so a
// `git pull` never runs stale code. KNEAD_CLI=tsx runs the TypeScript sources through tsx (also the fallback when the
// build cannot be made, e.g. a read-only install); KNEAD_CLI=compiled fails rather than fall back.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCliBuild, freshCliEntry } from '../scripts/build-cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = process.env.KNEAD_CLI ?? 'auto';

async function compiledEntry() {
  const fresh = freshCliEntry(root);
  if (fresh) return fresh;
  try {
    return (await ensureCliBuild(root)).entry;
  } catch (error) {
    if (wanted === 'compiled') throw error;
    return null;
  }
}

const entry = wanted === 'tsx' ? null : await compiledEntry();
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
