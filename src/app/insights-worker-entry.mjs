// The insights worker's entry (insights-analyser.ts): TypeScript sources through tsx, in this thread only.
import { register } from 'tsx/esm/api';

register();
await import('./insights-worker.ts');
