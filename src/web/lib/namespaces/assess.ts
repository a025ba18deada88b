import messages from '../../../core/i18n/compiled/web-assess/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-assess` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const ASSESS = registerSource('web-assess', messages);
