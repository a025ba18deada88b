import messages from '../../../core/i18n/compiled/web-journal/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-journal` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const JOURNAL = registerSource('web-journal', messages);
