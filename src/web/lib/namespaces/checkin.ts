import messages from '../../../core/i18n/compiled/web-checkin/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-checkin` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const CHECKIN = registerSource('web-checkin', messages);
