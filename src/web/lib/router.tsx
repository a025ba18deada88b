import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/** A tiny history router: the server falls back to index.html for every non-API GET. */
const listeners = new Set<() => void>();

function notifyListeners(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notifyListeners);

function subscribeLocation(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readHref(): string {
  return window.location.pathname + window.location.search;
}

/** Go to an in-app path, adding (or replacing) a browser history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === readHref()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notifyListeners();
}

export interface Location {
  path: string;
  query: URLSearchParams;
}

/** The current path and query, re-rendering on navigation. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribeLocation, readHref, () => '/');
  const url = new URL(href, 'http://local');
  return { path: url.pathname, query: url.searchParams };
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An anchor that navigates in-app (keeps middle-click / new-tab behaviour). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>): void {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={handleClick} {...rest} />;
}
