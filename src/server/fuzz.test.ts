import { createMemoryStore } from '../store/memory-store';
import { describeFuzz } from '../test-support/fuzz-suite';

describeFuzz('memory store', async () => createMemoryStore());
