import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import { DEFAULT_SERVE_PORT } from '../io/server-defaults';

function parsePort(value: string, t: Translator): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(t.t('cli.serve.port-invalid', { value }));
  return port;
}

/** KNEAD_ASSESSMENT_CACHE: how many distinct assessment answers to keep ready (0 turns the cache off). */
function parseCacheSize(value: string | undefined, t: Translator): number | undefined {
  if (value === undefined || value === '') return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 0 || size > 1_000_000) {
    throw new Error(t.t('cli.serve.cache-invalid', { value }));
  }
  return size;
}

/** KNEAD_PUBLIC_URL: the address browsers use when a TLS proxy is in front (http or https, origin only). */
function parsePublicUrl(value: string | undefined, t: Translator): URL | null {
  if (value === undefined || value === '') return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(t.t('cli.serve.public-url-invalid', { value }));
  }
  return url;
}

/** KNEAD_TRUST_PROXY: how many reverse-proxy hops stand in front (0 or unset: none; the client address is then the
 *  socket's). */
function parseTrustProxy(value: string | undefined, t: Translator): number {
  if (value === undefined || value === '') return 0;
  const hops = Number(value);
  if (!/^\d+$/.test(value) || hops > 10) {
    throw new Error(t.t('cli.serve.trust-proxy-invalid', { value }));
  }
  return hops;
}

/** KNEAD_SESSION_IDLE_MINUTES: minutes without a request before a signed-in session ends (accounts mode). */
function parseIdleMinutes(value: string | undefined, t: Translator): number | undefined {
  if (value === undefined || value === '') return undefined;
  const minutes = Number(value);
  if (!/^\d+$/.test(value) || minutes < 1 || minutes > 43_200) {
    throw new Error(t.t('cli.serve.idle-invalid', { value }));
  }
  return minutes;
}

/** `knead serve`: the web app and the HTTP API (local mode by default, on 127.0.0.1 only). */
export function register(program: Command, t: Translator): void {
  program
    .command('serve')
    .description(t.t('cli.help.serve'))
    .option('-p, --port <port>', t.t('cli.help.serve.port'), String(DEFAULT_SERVE_PORT))
    .option('-H, --host <host>', t.t('cli.help.serve.host'), '127.0.0.1')
    .option('-d, --data-dir <dir>', t.t('cli.help.serve.data-dir'))
    .addHelpText('after', t.t('cli.help.serve.after'))
    .action(async (options: { port: string; host: string; dataDir?: string }) => {
      let port: number;
      let assessmentCache: number | undefined;
      let publicUrl: URL | null;
      let trustProxy: number;
      let sessionIdleMinutes: number | undefined;
      try {
        port = parsePort(options.port, t);
        assessmentCache = parseCacheSize(process.env.KNEAD_ASSESSMENT_CACHE, t);
        publicUrl = parsePublicUrl(process.env.KNEAD_PUBLIC_URL, t);
        trustProxy = parseTrustProxy(process.env.KNEAD_TRUST_PROXY, t);
        sessionIdleMinutes = parseIdleMinutes(process.env.KNEAD_SESSION_IDLE_MINUTES, t);
      } catch (error) {
        process.stderr.write(`knead serve: ${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      // Fastify and the database load only when serving, so `knead --help` and `knead assess` stay fast.
      const [{ openKnead }, { startServer }] = await Promise.all([
        import('../../app/open-knead'),
        import('../../server/start-server'),
      ]);
      let knead: Awaited<ReturnType<typeof openKnead>>;
      try {
        // Large journals' insights run in a worker thread (decision 0029); KNEAD_INSIGHTS_WORKER=0 keeps them in-process.
        const insightsWorker = process.env.KNEAD_INSIGHTS_WORKER !== '0';
        knead = await openKnead({ dataDir: options.dataDir, sessionIdleMinutes, insightsWorker });
      } catch (error) {
        process.stderr.write(`knead serve: ${(error as Error).message}\n`);
        process.exitCode = 1;
        return;
      }
      let server: Awaited<ReturnType<typeof startServer>>;
      // Per start: lets `knead log` and the other journal commands find this server and know it is the right one.
      const dataDirToken = randomBytes(32).toString('base64url');
      try {
        server = await startServer({
          knead,
          port,
          host: options.host,
          logLevel: process.env.KNEAD_LOG_LEVEL ?? 'warn',
          trustProxy,
          assessmentCache,
          publicUrl,
          dataDirToken,
        });
      } catch (error) {
        await knead.close();
        process.stderr.write(`knead serve: ${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      knead.store.advertise?.({ url: server.url, token: dataDirToken });
      const stop = async (signal: string) => {
        process.stderr.write(`knead serve: ${t.t('cli.serve.stopping', { signal })}\n`);
        await server.close();
        process.exit(0);
      };
      // Before the line that says it runs: whoever reads that line and stops the server at once (a script, a
      // service manager) must reach this clean shutdown, not the default kill (the next start would be a crash
      // recovery and fsync the whole data directory, decision 0026).
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
      process.stdout.write(
        `${t.t('cli.serve.running', { url: server.url, mode: knead.mode, store: knead.store.kind })}\n`,
      );
      if (!server.webBuilt) {
        process.stderr.write(`knead serve: ${t.t('cli.serve.no-web-build', { url: server.url })}\n`);
      }
    });
}
