import { Link } from '../lib/router';

export function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to="/" className="link-target">
          Go to the start
        </Link>
      </p>
    </>
  );
}
