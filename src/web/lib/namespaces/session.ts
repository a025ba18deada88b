import messages from '../../../core/i18n/compiled/web-session/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-session` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const SESSION = registerSource('web-session', messages);
