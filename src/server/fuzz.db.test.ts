import { openStore } from '../store/open-store';
import { describeFuzz } from '../test-support/fuzz-suite';

describeFuzz('PGlite', () => openStore({ dataDir: 'memory://' }));
