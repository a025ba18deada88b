import { Link } from '../lib/router';
import { useCarePlace } from '../lib/settings';

const TILES = [
  { to: '/journal', title: 'Journal', text: 'Log spasms, sessions and daily check-ins.' },
  { to: '/insights', title: 'Insights', text: 'Trends, triggers and what helps you.' },
  { to: '/learn', title: 'Learn', text: 'Causes, techniques, when to worry — with sources.' },
] as const;

/** Home: one large action for the person in pain, then the rest. Kept in the first bundle. */
export function HomePage() {
  const { emergencyNumber } = useCarePlace();
  return (
    <>
      <h1>Should you massage this spasm?</h1>
      <p>Answer a few quick questions. Knead tells you whether to massage, how, and when to get help.</p>
      <Link to="/assess?fresh=1&now=1" className="button button-huge">
        I have a spasm now
      </Link>
      <div className="home-emergency">
        <p>Chest pain, trouble breathing or confusion? Call now.</p>
        <a className="button button-danger" href={`tel:${emergencyNumber}`}>
          Call {emergencyNumber}
        </a>
      </div>
      <ul className="tiles list-plain">
        {TILES.map((tile) => (
          <li key={tile.to}>
            <Link to={tile.to} className="tile">
              <span className="tile-title">{tile.title}</span>
              <span className="tile-text">{tile.text}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="link-row">
        <Link to="/journal/new" className="link-target">
          Log a past spasm
        </Link>
        <Link to="/checkin" className="link-target">
          Daily check-in
        </Link>
      </p>
    </>
  );
}
