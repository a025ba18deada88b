import type { InsufficientData } from '../../../core/insights/types';
import { useT } from '../../lib/i18n';
import { INSIGHTS } from '../../lib/namespaces/insights';

const CONTEXT_ONLY = 'only recorded with episodes, so days without an episode cannot show it: no rate can be compared';

/** "Not enough data yet", with what is needed and what there is — never a chart of noise. */
export function NotEnoughData({ data }: { data: InsufficientData }) {
  const translator = useT(INSIGHTS);
  const { t } = translator;
  const needs = Object.entries(data.needed).map(([key, value]) => {
    const what = `web-insights.need.${key}`;
    const have = data.have[key] ?? 0;
    return translator.has(what)
      ? t(what, { count: value, have })
      : t('web-insights.need.other', { count: value, what: key.replace(/([A-Z])/g, ' $1').toLowerCase(), have });
  });
  // The core's one reason, in the page's language; any other stays as the core wrote it.
  const reason = data.reason === CONTEXT_ONLY ? t('web-insights.reason.context-only') : data.reason;
  return (
    <span className="not-enough">
      {needs.length > 0
        ? t('web-insights.not-enough.needs', { needs: needs.join(', ') })
        : t('web-insights.not-enough')}
      {reason ? ` ${reason}.` : ''}
    </span>
  );
}
