import type { EpisodeInput } from '../../core/journal';

/**
 * The journal's copy on this device, in IndexedDB, one entry per account (the account id is the key, so the
 * implicit local user and each signed-in account never see each other's copy). It lets the journal show at
 * once and offline; the server stays the truth. Storage that is missing or refused behaves as "no copy".
 */
export interface JournalCopy {
  episodes: (EpisodeInput & { id: string })[];
  /** When the server last confirmed this list (ISO). */
  savedAt: string;
}

const DATABASE = 'knead';
const COPIES = 'journal-copies';
let opening: Promise<IDBDatabase | null> | null = null;

function openDatabase(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE, 1);
    } catch {
      return resolve(null);
    }
    request.onupgradeneeded = () => request.result.createObjectStore(COPIES);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  return opening;
}

/** Run one request in its own transaction; resolves undefined when storage fails. */
async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const database = await openDatabase();
  if (!database) return undefined;
  return new Promise((resolve) => {
    try {
      const transaction = database.transaction(COPIES, mode);
      const request = act(transaction.objectStore(COPIES));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => resolve(undefined);
      transaction.onabort = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** The copy saved for this account, or null. */
export async function readJournalCopy(account: string): Promise<JournalCopy | null> {
  const copy = await run('readonly', (store) => store.get(account) as IDBRequest<JournalCopy | undefined>);
  return copy && Array.isArray(copy.episodes) ? copy : null;
}

/** Replace this account's copy. */
export async function saveJournalCopy(account: string, copy: JournalCopy): Promise<void> {
  await run('readwrite', (store) => store.put(copy, account));
}

/** Forget every account's copy (signing out, another account signing in, "delete all my data"). */
export async function clearJournalCopies(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}
