import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));

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

export default defineConfig({
  root: webRoot,
  plugins: [react(), emitServiceWorker()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': process.env.KNEAD_API ?? 'http://127.0.0.1:5317' },
  },
});
