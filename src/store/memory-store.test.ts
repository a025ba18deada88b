import { describeStoreContract } from '../test-support/journal-contract';
import { createMemoryStore } from './memory-store';

describeStoreContract('memory', async () => createMemoryStore());
