import type { Topic } from '../../../core/knowledge/types';
import { citeSource } from '../../../core/sources';
import { Link } from '../../lib/router';
import { useCarePlace } from '../../lib/settings';

/** One knowledge topic: its summary and every statement with its source. */
export function TopicView({ topic }: { topic: Topic }) {
  const { careText } = useCarePlace();
  return (
    <article aria-labelledby="topic-title">
      <p>
        <Link to="/learn" className="link-target">
          ← All topics
        </Link>
      </p>
      <h1 id="topic-title">{topic.title}</h1>
      <p className="lead">{careText(topic.summary)}</p>
      {topic.items.map((item) => (
        <section key={item.id} className="card" aria-labelledby={`item-${item.id}`}>
          <h2 id={`item-${item.id}`} className="item-title">
            {item.title}
          </h2>
          <p>{careText(item.text)}</p>
          <p className="source">Source: {citeSource(item.source)}</p>
        </section>
      ))}
    </article>
  );
}
