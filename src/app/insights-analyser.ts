/**
 * Where the insights analysis runs. `summariseJournal` is one synchronous piece: at 100,000 episodes it holds the
 * event loop for a quarter of a second, at 1,000,000 for seconds. The worker analyser runs a large journal in a
 * worker thread (the packed text crosses as strings, the answer comes back as a small object) so the server keeps
 * answering other requests meanwhile; a small journal stays in-process, where a message would cost more than the
 * analysis (decision 0029).
 */
import { Worker } from 'node:worker_threads';
import {
  type Insights,
  type InsightsRange,
  type PackedJournal,
  summariseDays,
  unpackJournal,
} from '../core/insights/index';

export interface InsightsAnalyser {
  analyse(packed: PackedJournal, range: InsightsRange): Promise<Insights>;
  close(): Promise<void>;
}

/** The analysis itself, the same wherever it runs. */
export function analysePacked(packed: PackedJournal, range: InsightsRange): Insights {
  return summariseDays(unpackJournal(packed), range);
}

export const inProcessAnalyser: InsightsAnalyser = {
  analyse: async (packed, range) => analysePacked(packed, range),
  close: async () => {},
};

/** Packed text below which the analysis runs in-process: ~1,500 episodes, or a year and a half of daily check-ins. */
export const WORKER_MIN_CHARS = 100_000;

export interface WorkerRequest {
  id: number;
  packed: PackedJournal;
  range: InsightsRange;
}
export type WorkerReply = { id: number; insights: Insights } | { id: number; error: string };

// The entry is a plain ES module that registers tsx and loads insights-worker.ts: the worker runs from the sources
// whether the main thread runs them through tsx or runs the compiled CLI in dist/cli (two levels below the root,
// as src/app is, so the same relative URL finds it from both).
const WORKER_ENTRY = new URL('../../src/app/insights-worker-entry.mjs', import.meta.url);

interface Pending {
  resolve: (insights: Insights) => void;
  reject: (error: Error) => void;
}

/**
 * Analyses journals of at least `minChars` packed characters in one long-lived worker thread (started on the
 * first such request, restarted after a crash); smaller ones in-process. The worker never keeps the process alive.
 */
export function createWorkerAnalyser({ minChars = WORKER_MIN_CHARS }: { minChars?: number } = {}): InsightsAnalyser {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const started = new Worker(WORKER_ENTRY);
    started.unref();
    started.on('message', (reply: WorkerReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(`insights analysis failed: ${reply.error}`));
      else waiting.resolve(reply.insights);
    });
    started.on('error', (error) => {
      if (worker === started) worker = null;
      failAll(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      failAll(new Error(`the insights worker stopped (exit code ${code})`));
    });
    return started;
  };

  return {
    analyse(packed, range) {
      let chars = 0;
      for (const pages of [packed.dayPages, packed.checkinPages, packed.sessionPages]) {
        for (const page of pages) chars += page.length;
      }
      if (chars < minChars) return Promise.resolve(analysePacked(packed, range));
      worker ??= start();
      const id = nextId++;
      const request: WorkerRequest = { id, packed, range };
      const reply = new Promise<Insights>((resolve, reject) => pending.set(id, { resolve, reject }));
      // The worker is referenced while it has work, so the process waits for the answer it was asked for.
      worker.ref();
      worker.postMessage(request);
      return reply.finally(() => {
        if (pending.size === 0) worker?.unref();
      });
    },
    async close() {
      const stopping = worker;
      worker = null;
      if (stopping) await stopping.terminate();
    },
  };
}
