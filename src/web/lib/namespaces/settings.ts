import messages from '../../../core/i18n/compiled/web-settings/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-settings` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const SETTINGS = registerSource('web-settings', messages);
