import { useEffect, useRef, useState } from 'react';

const UNDO_WINDOW_MS = 6000;

/**
 * Delete with undo: the item hides at once and the real delete runs after a few seconds,
 * or immediately when the page is left; Undo simply cancels it.
 */
export function useDeferredDelete(commit: (id: string) => void) {
  const [hidden, setHidden] = useState<string | null>(null);
  const timer = useRef<number | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const hiddenRef = useRef<string | null>(null);

  function flush(): void {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (hiddenRef.current) commitRef.current(hiddenRef.current);
    hiddenRef.current = null;
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: commit any pending delete once, when the page unmounts.
  useEffect(() => flush, []);

  return {
    hidden,
    remove(id: string): void {
      flush();
      hiddenRef.current = id;
      setHidden(id);
      timer.current = window.setTimeout(() => {
        flush();
        setHidden(null);
      }, UNDO_WINDOW_MS);
    },
    undo(): void {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      hiddenRef.current = null;
      setHidden(null);
    },
  };
}
