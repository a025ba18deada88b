// Bundles the CLI (src/cli/main.ts and everything it imports) into dist/cli so `knead` starts without tsx (0019).
// Run: npm run build:cli. bin/knead.js also calls ensureCliBuild, so a changed source is rebuilt before it runs.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = 'dist/cli';
const MANIFEST = 'manifest.json';
const THIS_FILE = fileURLToPath(import.meta.url);
/** Packages compiled into the bundle (pure JS, many small modules: loading them one by one is most of the cost). */
const BUNDLED = ['zod', 'commander', 'fastify-type-provider-zod', 'fastify', '@fastify/cookie', '@fastify/rate-limit'];
/**
 * Never bundled, even when a bundled package imports them: native addons, WASM, and packages that read files next
 * to their own code (fonts, static assets, worker scripts) must stay where npm put them.
 */
const NEVER_BUNDLED = [
  '@electric-sql/pglite',
  'argon2',
  'pdfkit',
  '@fastify/static',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  'thread-stream',
  'pino-pretty',
  'node-pty',
];

/**
 * @typedef {{ entry: string, inputs: Array<[path: string, size: number, mtimeMs: number]> }} Manifest
 * @typedef {{ entry: string, rebuilt: boolean }} BuildResult
 */

/** @param {string} root @returns {Manifest | null} */
function readManifest(root) {
  try {
    return JSON.parse(readFileSync(join(root, OUT_DIR, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The compiled entry (absolute path) when dist/cli was built from exactly the files there are now; else null.
 * Every input (our sources, bundled packages, this script) must have the size and mtime it had at build time, so a
 * `git pull`, an edit or a checkout of an older file all count as changes.
 * @param {string} root
 * @returns {string | null}
 */
export function freshCliEntry(root) {
  const manifest = readManifest(root);
  if (!manifest) return null;
  for (const [path, size, mtimeMs] of manifest.inputs) {
    let stat;
    try {
      stat = statSync(join(root, path));
    } catch {
      return null;
    }
    if (stat.size !== size || stat.mtimeMs !== mtimeMs) return null;
  }
  return join(root, OUT_DIR, manifest.entry);
}

/** @param {string} root @param {string} path */
function statInput(root, path) {
  const stat = statSync(join(root, path));
  return /** @type {[string, number, number]} */ ([path, stat.size, stat.mtimeMs]);
}

/** esbuild is tsx's own dependency: resolve it from there rather than rely on how npm hoisted it. */
export async function loadEsbuild() {
  const require = createRequire(import.meta.url);
  const fromTsx = createRequire(require.resolve('tsx/package.json'));
  return /** @type {typeof import('esbuild')} */ (await import(fromTsx.resolve('esbuild')));
}

/**
 * Builds dist/cli: content-hashed chunks (a running `knead serve` keeps finding the chunks it loads later), then the
 * manifest, written last and atomically, which names the entry and the inputs. Safe to run concurrently.
 * @param {string} root
 * @returns {Promise<string>} the entry's absolute path
 */
export async function buildCli(root) {
  const esbuild = await loadEsbuild();
  const outdir = join(root, OUT_DIR);
  const stamp = statInput(root, relative(root, THIS_FILE));
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    outdir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [externalPackagesExcept(BUNDLED)],
    // Bundled CommonJS (commander) calls require() for Node's built-ins.
    banner: {
      js: "import { createRequire as __kneadRequire } from 'node:module';const require=__kneadRequire(import.meta.url);",
    },
  });
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes(':'));
  checkAssetPaths(root, inputs);
  mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'src/cli/main.ts')?.[0];
  if (!entry) throw new Error('esbuild produced no entry for src/cli/main.ts');
  /** @type {Manifest} */
  const manifest = {
    entry: relative(outdir, resolve(root, entry)),
    inputs: [stamp, ...inputs.map((path) => statInput(root, path))],
  };
  writeAtomically(join(outdir, MANIFEST), JSON.stringify(manifest));
  pruneOldChunks(outdir, new Set([MANIFEST, ...result.outputFiles.map((f) => relative(outdir, f.path))]));
  return join(outdir, manifest.entry);
}

/**
 * Rebuilds only when a source changed since the last build.
 * @param {string} root
 * @returns {Promise<BuildResult>}
 */
export async function ensureCliBuild(root) {
  const entry = freshCliEntry(root);
  if (entry) return { entry, rebuilt: false };
  return { entry: await buildCli(root), rebuilt: true };
}

/** @param {string} path @param {Uint8Array | string} contents */
function writeAtomically(path, contents) {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/** Removes chunks of earlier builds after a day (a process started from one may still load its lazy chunks). */
/** @param {string} outdir @param {Set<string>} keep */
function pruneOldChunks(outdir, keep) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(outdir)) {
    const path = join(outdir, name);
    if (!keep.has(name) && statSync(path).mtimeMs < dayAgo) rmSync(path, { force: true });
  }
}

/**
 * Code that finds files next to itself (`new URL('../../drizzle', import.meta.url)`) runs from dist/cli/, two
 * folders deep like src/<layer>/, so such URLs still point at the same files. Refuse to build if one moves.
 * @param {string} root @param {string[]} inputs
 */
function checkAssetPaths(root, inputs) {
  for (const path of inputs) {
    if (path.includes('node_modules/') || !readFileSync(join(root, path), 'utf8').includes('import.meta.url')) continue;
    if (dirname(path).split('/').length !== 2) {
      throw new Error(`${path} uses import.meta.url but is not two folders deep: its paths would break in ${OUT_DIR}`);
    }
  }
}

/**
 * Leaves every package import to Node at run time except those listed (native and wasm packages, and those that
 * read files beside themselves, must stay external).
 * @param {string[]} bundled
 * @returns {import('esbuild').Plugin}
 */
function externalPackagesExcept(bundled) {
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        if (args.path.startsWith('node:') || NEVER_BUNDLED.includes(name ?? ''))
          return { path: args.path, external: true };
        // What a bundled package imports is bundled with it (fastify's avvio, pino, find-my-way…).
        const fromPackage = args.importer.includes('/node_modules/');
        return bundled.includes(name ?? '') || fromPackage ? undefined : { path: args.path, external: true };
      });
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === THIS_FILE) {
  const root = resolve(dirname(THIS_FILE), '..');
  const started = performance.now();
  const entry = await buildCli(root);
  console.log(`built ${relative(root, entry)} in ${Math.round(performance.now() - started)} ms`);
}
