import { useCallback, useSyncExternalStore } from 'react';

/** localStorage-backed state shared by every component that reads the same key. */
const listeners = new Map<string, Set<() => void>>();
const cache = new Map<string, { raw: string | null; value: unknown }>();

function readStored<T>(key: string, fallback: T): T {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    // Private mode or disabled storage: behave as if nothing was saved.
  }
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.value as T;
  let value: T = fallback;
  if (raw !== null) {
    try {
      value = JSON.parse(raw) as T;
    } catch {
      value = fallback;
    }
  }
  cache.set(key, { raw, value });
  return value;
}

/** Save a value under a key and re-render its readers. */
export function writeStored<T>(key: string, value: T): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    cache.set(key, { raw: JSON.stringify(value), value });
  }
  for (const listener of listeners.get(key) ?? []) listener();
}

/** Read a stored value outside React. */
export function loadStored<T>(key: string, fallback: T): T {
  return readStored(key, fallback);
}

/** [value, setValue] persisted in localStorage under `key`. */
export function useStoredState<T>(key: string, fallback: T): [T, (value: T) => void] {
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    },
    [key],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => readStored(key, fallback),
    () => fallback,
  );
  const setValue = useCallback((next: T) => writeStored(key, next), [key]);
  return [value, setValue];
}
