import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEsbuild } from '../../scripts/build-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The modules `src/cli/main.ts` loads before any command runs: its static imports, transitively (a dynamic
 * `import()` inside an action loads only when that command runs). Each is named with the chain that reaches it.
 */
async function staticGraph(): Promise<Map<string, string[]>> {
  const esbuild = await loadEsbuild();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: '/nonexistent',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Follow our sources and zod; every other package stays a leaf.
    plugins: [
      {
        name: 'only-zod',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path === 'zod' || args.path.startsWith('zod/') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  const inputs = result.metafile.inputs;
  const reached = new Map<string, string[]>([['src/cli/main.ts', ['src/cli/main.ts']]]);
  const queue = ['src/cli/main.ts'];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || imported.external || reached.has(imported.path)) continue;
      reached.set(imported.path, [...(reached.get(file) ?? []), imported.path]);
      queue.push(imported.path);
    }
  }
  return reached;
}

describe('knead --help (issue #13 item 5)', () => {
  it('loads no zod: every schema is imported inside the action that needs it', async () => {
    const graph = await staticGraph();
    const zodChains = [...graph.entries()]
      .filter(([file]) => file.includes('node_modules/zod/'))
      .map(([, chain]) => chain.filter((file) => !file.includes('node_modules')).join(' → '));
    expect([...new Set(zodChains)]).toEqual([]);
    // The graph is real: the command registrations are in it.
    expect(graph.has('src/cli/commands/log.ts')).toBe(true);
    expect(graph.has('src/cli/commands/log-run.ts')).toBe(false);
  });
});
