/** The insights worker thread (insights-analyser.ts): one analysis per message, answered with the same id. */
import { parentPort } from 'node:worker_threads';
import { analysePacked, type WorkerReply, type WorkerRequest } from './insights-analyser';

parentPort?.on('message', ({ id, packed, range }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, insights: analysePacked(packed, range) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
