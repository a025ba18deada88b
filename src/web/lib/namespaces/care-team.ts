import messages from '../../../core/i18n/compiled/web-care-team/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-care-team` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const CARE_TEAM = registerSource('web-care-team', messages);
