import messages from '../../../core/i18n/compiled/web-account/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-account` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const ACCOUNT = registerSource('web-account', messages);
