import { useMemo, useState } from 'react';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import { localiseKnowledge } from '../../core/knowledge/localise';
import { TOPICS } from '../../core/knowledge/topics';
import type { Topic } from '../../core/knowledge/types';
import { searchKnowledge, searchKnowledgeIn } from '../../core/search/search';
import { TopicView } from '../features/learn/TopicView';
import { useLocale, useT } from '../lib/i18n';
import { LEARN } from '../lib/namespaces/learn';
import { Link, navigate, useLocation } from '../lib/router';
import { useCarePlace } from '../lib/settings';

/**
 * Every knowledge topic, searchable in the browser (works offline), each with its sources. In en-GB the core's
 * own topics; in any other language the `knowledge` catalog's (decision 0034), named for the country chosen in
 * Settings, and searched with that language's stemming and synonyms.
 */
export default function LearnPage() {
  const { query } = useLocation();
  const isSource = useLocale() === SOURCE_LOCALE;
  const translator = useT(LEARN, ...(isSource ? [] : (['knowledge'] as const)));
  const { t } = translator;
  const { place } = useCarePlace();
  const topicId = query.get('topic');
  const searched = query.get('q') ?? '';
  const [text, setText] = useState(searched);
  const { country, emergencyNumber } = place;
  const topics: readonly Topic[] = useMemo(
    () =>
      isSource
        ? TOPICS
        : localiseKnowledge(translator, emergencyNumber ? { country, emergencyNumber } : { country }).topics,
    [isSource, translator, country, emergencyNumber],
  );
  const results = useMemo(
    () =>
      searched
        ? isSource
          ? searchKnowledge(searched, { limit: 8 })
          : searchKnowledgeIn(translator, searched, { limit: 8 })
        : [],
    [searched, isSource, translator],
  );
  const topic = topics.find((candidate) => candidate.id === topicId);
  // The localised topics already name the country's services; the English ones are rewritten for it.
  if (topic) return <TopicView topic={topic} localised={!isSource} />;

  return (
    <>
      <h1>{t('web-learn.heading')}</h1>
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            navigate(text.trim() ? `/learn?q=${encodeURIComponent(text.trim())}` : '/learn');
          }}
        >
          <div className="field">
            <label htmlFor="learn-search">{t('web-learn.ask')}</label>
            <div className="search-row">
              <input
                id="learn-search"
                type="search"
                placeholder={t('web-learn.placeholder')}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
              <button type="submit" className="button">
                {t('web-learn.search')}
              </button>
            </div>
          </div>
        </form>
      </search>
      {searched && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {results.length > 0
              ? t('web-learn.answers', { query: searched })
              : t('web-learn.nothing', { query: searched })}
          </h2>
          <ol className="list-plain">
            {results.map((result) => (
              <li key={result.topic} className="card">
                <h3>
                  <Link to={`/learn?topic=${result.topic}`}>{result.title}</Link>
                </h3>
                <p>{result.snippet}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      <h2>{t('web-learn.all')}</h2>
      <ul className="topic-list list-plain">
        {topics.map((entry) => (
          <li key={entry.id}>
            <Link to={`/learn?topic=${entry.id}`} className="tile">
              <span className="tile-title">{entry.title}</span>
              <span className="tile-text">{entry.summary}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
