import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureCliBuild } from '../../scripts/build-cli.js';
import { startPostgresCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's URL, or '' when PostgreSQL tests are skipped. */
    postgresUrl: string;
  }
}

function listDbTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.db.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** True when this vitest run's file filters select at least one *.db.test.ts (no filters: all do). */
function runIncludesDbTests(root: string): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && !a.includes('vitest'));
  if (args.length === 0) return true;
  return listDbTests(join(root, 'src')).some((file) =>
    args.some((filter) => file.includes(filter.replace(/^\.\//, ''))),
  );
}

/** Builds the compiled CLI if a source changed; starts one throwaway PostgreSQL cluster for the run (when db tests are selected) and stops it afterwards. */
export default async function setup(project: TestProject) {
  // The CLI tests run the compiled CLI (vitest.config.ts sets KNEAD_CLI=compiled): build it once, up front.
  await ensureCliBuild(project.config.root);
  if (!runIncludesDbTests(project.config.root)) {
    project.provide('postgresUrl', '');
    return;
  }
  const cluster = await startPostgresCluster();
  if ('skipped' in cluster) {
    console.log(`PostgreSQL tests SKIPPED: ${cluster.skipped}`);
    project.provide('postgresUrl', '');
    return;
  }
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
