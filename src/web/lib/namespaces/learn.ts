import messages from '../../../core/i18n/compiled/web-learn/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-learn` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const LEARN = registerSource('web-learn', messages);
