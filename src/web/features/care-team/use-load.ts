import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../lib/api-client';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ApiError };

/** Load once on mount (and again on `reload`): the care-team pages' reads. */
export function useLoad<T>(load: () => Promise<T>, key = ''): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a fresh closure each render; `key` names what it reads.
  useEffect(() => {
    let live = true;
    load()
      .then((value) => live && setState({ status: 'ready', value }))
      .catch((error: unknown) => live && setState({ status: 'error', error: error as ApiError }));
    return () => {
      live = false;
    };
  }, [key, round]);
  return [state, useCallback(() => setRound((n) => n + 1), [])];
}
