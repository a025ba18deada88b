import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/** Emits sw.js with the list of built files, so the service worker can precache the whole app shell. */
function emitServiceWorker(): Plugin {
  return {
    name: 'knead-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => !name.endsWith('.map'));
      const urls = ['/', '/manifest.webmanifest', '/icon.svg', ...files.map((name) => `/${name}`)];
      const version = createHash('sha256').update(urls.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(`${webRoot}/service-worker.js`, 'utf8');
      const source = template
        .replace('__PRECACHE_URLS__', JSON.stringify(urls))
        .replace('__CACHE_VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Writes .br and .gz next to every text file so the server can send them precompressed (@fastify/static preCompressed). */
function precompressOutput(): Plugin {
  return {
    name: 'knead-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of listFiles(outDir)) {
        if (!/\.(js|css|html|svg|webmanifest)$/.test(file)) continue;
        const source = readFileSync(file);
        if (source.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), emitServiceWorker(), precompressOutput()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Every browser Knead supports preloads modules natively; the polyfill would weigh on every first visit.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Small modules every page shares (plural rules, storage, the API client, the id lists, care words) as one
        // chunk, not six; the id lists apart from the schemas, so a shared verdict link checks its answers without zod.
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: /@messageformat[\\/]runtime|make-plural|web[\\/]lib[\\/](stored-state|api-client)|core[\\/]messages[\\/](verdict-labels|care-words)\.|core[\\/]i18n[\\/]locales\.|core[\\/]vocabulary-lists\./,
            },
            // What a verdict runs (the rules, the knowledge they cite, the plan builder) as one chunk, not six: gzip
            // shares words across it (issue #13 item 6). Only engine modules: a web module would drag the shell in.
            {
              name: 'engine',
              test: /core[\\/](assess[\\/](assess-situation|rules|rules-[a-z]+|conditions|explain|facts|verdict|episode-type|assessment-wording)|knowledge[\\/](causes|aggravators|duration|regions|techniques|frequency)|plan[\\/](build-plan|schedule|plan-step|plan-wording)|sources|situation-check)\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.KNEAD_API ?? 'http://127.0.0.1:5317' },
  },
});
