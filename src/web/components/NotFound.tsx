import { Link } from '../lib/router';

export function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to="/">Go to the start</Link>
      </p>
    </>
  );
}
