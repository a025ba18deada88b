import messages from '../../../core/i18n/compiled/web-insights/en-GB.js';
import { registerSource } from '../source-messages';

/** The `web-insights` messages: en-GB bundled here, in the chunk of the code that imports this; other locales on demand. */
export const INSIGHTS = registerSource('web-insights', messages);
