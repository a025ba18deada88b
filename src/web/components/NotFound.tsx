import { useT } from '../lib/i18n';
import { Link } from '../lib/router';

export function NotFound() {
  const { t } = useT();
  return (
    <>
      <h1>{t('web.not-found.heading')}</h1>
      <p>
        <Link to="/" className="link-target">
          {t('web.not-found.start')}
        </Link>
      </p>
    </>
  );
}
