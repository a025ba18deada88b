import { useT } from '../lib/i18n';
import { HOME } from '../lib/namespaces/home';
import { Link } from '../lib/router';
import { useCarePlace } from '../lib/settings';

const TILES = [
  { to: '/journal', key: 'journal' },
  { to: '/insights', key: 'insights' },
  { to: '/learn', key: 'learn' },
] as const;

/** Home: one large action for the person in pain, then the rest. Kept in the first bundle. */
export function HomePage() {
  const { emergencyNumber } = useCarePlace();
  const { t } = useT(HOME);
  return (
    <>
      <h1>{t('web-home.home.heading')}</h1>
      <p>{t('web-home.home.intro')}</p>
      <Link to="/assess?fresh=1&now=1" className="button button-huge">
        {t('web-home.home.now')}
      </Link>
      <div className="home-emergency">
        <p>{t('web-home.home.emergency')}</p>
        <a className="button button-danger" href={`tel:${emergencyNumber}`}>
          {t('web-home.home.call', { number: emergencyNumber })}
        </a>
      </div>
      <ul className="tiles list-plain">
        {TILES.map((tile) => (
          <li key={tile.to}>
            <Link to={tile.to} className="tile">
              <span className="tile-title">{t(`web-home.home.tile.${tile.key}.title`)}</span>
              <span className="tile-text">{t(`web-home.home.tile.${tile.key}.text`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="link-row">
        <Link to="/journal/new" className="link-target">
          {t('web-home.home.log-past')}
        </Link>
        <Link to="/checkin" className="link-target">
          {t('web-home.home.checkin')}
        </Link>
      </p>
    </>
  );
}
