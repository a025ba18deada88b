import type { Topic } from '../../../core/knowledge/types';
import { citeSource } from '../../../core/sources';
import { useT } from '../../lib/i18n';
import { LEARN } from '../../lib/namespaces/learn';
import { Link } from '../../lib/router';
import { useCarePlace } from '../../lib/settings';

/** One knowledge topic: its summary and every statement with its source (citations stay as the source wrote them). */
export function TopicView({ topic, localised = false }: { topic: Topic; localised?: boolean }) {
  const { careText } = useCarePlace();
  const { t } = useT(LEARN);
  const text = localised ? (value: string) => value : careText;
  return (
    <article aria-labelledby="topic-title">
      <p>
        <Link to="/learn" className="link-target">
          {t('web-learn.back')}
        </Link>
      </p>
      <h1 id="topic-title">{topic.title}</h1>
      <p className="lead">{text(topic.summary)}</p>
      {topic.items.map((item) => (
        <section key={item.id} className="card" aria-labelledby={`item-${item.id}`}>
          <h2 id={`item-${item.id}`} className="item-title">
            {item.title}
          </h2>
          <p>{text(item.text)}</p>
          <p className="source">{t('web-learn.source', { source: citeSource(item.source) })}</p>
        </section>
      ))}
    </article>
  );
}
