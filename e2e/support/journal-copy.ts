import type { Page } from 'playwright-core';

/** The regions of the episodes this browser keeps as its journal copy (IndexedDB), every account's together. */
export function savedCopyRegions(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('knead', 1);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('journal-copies')) return resolve([]);
          const all = database.transaction('journal-copies').objectStore('journal-copies').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { episodes: { region: string }[] }[]).flatMap((copy) =>
                copy.episodes.map((e) => e.region),
              ),
            );
        };
        open.onerror = () => resolve([]);
      }),
  );
}
