import messages from '../../../core/i18n/compiled/web-reports/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-reports` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const REPORTS = registerSource('web-reports', messages);
