import type { Topic } from '../../../core/knowledge/types';
import { citeSource } from '../../../core/sources';
import { Link } from '../../lib/router';

/** One knowledge topic: its summary and every statement with its source. */
export function TopicView({ topic }: { topic: Topic }) {
  return (
    <article aria-labelledby="topic-title">
      <p>
        <Link to="/learn" className="link-target">
          ← All topics
        </Link>
      </p>
      <h1 id="topic-title">{topic.title}</h1>
      <p className="lead">{topic.summary}</p>
      {topic.items.map((item) => (
        <section key={item.id} className="card" aria-labelledby={`item-${item.id}`}>
          <h2 id={`item-${item.id}`} className="item-title">
            {item.title}
          </h2>
          <p>{item.text}</p>
          <p className="source">Source: {citeSource(item.source)}</p>
        </section>
      ))}
    </article>
  );
}
