import { useMemo, useState } from 'react';
import { TOPICS } from '../../core/knowledge/topics';
import { searchKnowledge } from '../../core/search/search';
import { TopicView } from '../features/learn/TopicView';
import { Link, navigate, useLocation } from '../lib/router';

/** Every knowledge topic, searchable in the browser (works offline), each with its sources. */
export default function LearnPage() {
  const { query } = useLocation();
  const topicId = query.get('topic');
  const searched = query.get('q') ?? '';
  const [text, setText] = useState(searched);
  const results = useMemo(() => (searched ? searchKnowledge(searched, { limit: 8 }) : []), [searched]);
  const topic = TOPICS.find((candidate) => candidate.id === topicId);
  if (topic) return <TopicView topic={topic} />;

  return (
    <>
      <h1>Learn</h1>
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            navigate(text.trim() ? `/learn?q=${encodeURIComponent(text.trim())}` : '/learn');
          }}
        >
          <div className="field">
            <label htmlFor="learn-search">Ask a question</label>
            <div className="search-row">
              <input
                id="learn-search"
                type="search"
                placeholder="How long should a cramp last?"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
              <button type="submit" className="button">
                Search
              </button>
            </div>
          </div>
        </form>
      </search>
      {searched && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {results.length > 0 ? `Answers for “${searched}”` : `Nothing found for “${searched}”`}
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
      <h2>All topics</h2>
      <ul className="topic-list list-plain">
        {TOPICS.map((entry) => (
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
