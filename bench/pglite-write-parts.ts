// Where a PGlite group-commit batch's CPU goes (decision 0037): 16 episode rows inserted in one transaction on a
// durable data directory, as the group commit runs them, with CPU time (this process: PGlite runs in it) split
// into BEGIN, the insert and COMMIT + WAL fdatasync. The insert returns every column (as the store does) or only
// four, with migration 0010's triggers on and off. Means of 150 batches after 20 warm-up batches.
// Run: node --import tsx bench/pglite-write-parts.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { LOCAL_USER_ID } from '../src/app/knead';
import { DurableNodeFS, syncAfterTransactions } from '../src/store/durable-node-fs';
import { DURABLE_START_PARAMS } from '../src/store/open-store';

const ROWS = 16;
const BATCHES = 150;
const dir = mkdtempSync(join(tmpdir(), 'knead-write-parts-'));
const fs = new DurableNodeFS(dir);
const db = new PGlite({ fs, relaxedDurability: false, startParams: DURABLE_START_PARAMS });
await db.waitReady;
syncAfterTransactions(db, fs);
await migrate(drizzle({ client: db }), { migrationsFolder: new URL('../drizzle', import.meta.url).pathname });
await db.query('insert into "users" ("id") values ($1)', [LOCAL_USER_ID]);

const COLUMNS = ['id', 'user_id', 'started_at', 'started_at_text', 'region', 'side', 'duration_minutes', 'intensity'];
COLUMNS.push('context', 'signs', 'history', 'actions', 'pain_before', 'pain_after', 'response', 'notes', 'assessment');
const values = Array.from(
  { length: ROWS },
  (_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`,
).join(', ');
const insert = (returning: string) =>
  `insert into "episodes" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${values} on conflict ("user_id", "id") do nothing returning ${returning}`;
const ALL = insert('*');
const FOUR = insert('"id", "user_id", "created_at", "updated_at"');
const params = () =>
  Array.from({ length: ROWS }, () => [
    crypto.randomUUID(),
    LOCAL_USER_ID,
    new Date('2026-03-10T01:15:00Z'),
    '2026-03-10T02:15:00+01:00',
    'calf',
    'left',
    4,
    6,
    ['night'],
    [],
    null,
    ['stretch', 'effleurage'],
    7,
    3,
    'better',
    'woke up with it',
    null,
  ]).flat();

const cpuMicros = () => {
  const used = process.cpuUsage();
  return used.user + used.system;
};
type Parts = { begin: number; insert: number; commit: number };
async function batch(text: string, into: Parts): Promise<void> {
  let last = cpuMicros();
  const mark = (part: keyof Parts) => {
    const now = cpuMicros();
    into[part] += now - last;
    last = now;
  };
  await db.transaction(async (tx) => {
    mark('begin');
    await tx.query(text, params());
    mark('insert');
  });
  mark('commit');
}

console.log(`Node ${process.version}, ${new Date().toISOString()}, load average ${loadavg()[0]?.toFixed(1)}`);
for (let pass = 1; pass <= 2; pass++) {
  for (const [label, text] of [
    ['returning every column', ALL],
    ['returning 4 columns', FOUR],
  ] as const) {
    for (const triggers of ['enable', 'disable']) {
      await db.exec(`alter table "episodes" ${triggers} trigger user`);
      const parts: Parts = { begin: 0, insert: 0, commit: 0 };
      for (let i = 0; i < 20; i++) await batch(text, { begin: 0, insert: 0, commit: 0 });
      for (let i = 0; i < BATCHES; i++) await batch(text, parts);
      const per = (n: number) => `${Math.round(n / BATCHES)} µs`;
      console.log(
        `pass ${pass}, ${label}, triggers ${triggers}d: BEGIN ${per(parts.begin)}, insert of ${ROWS} ${per(parts.insert)}, COMMIT + fdatasync ${per(parts.commit)} (CPU a batch), load average ${loadavg()[0]?.toFixed(1)}`,
      );
    }
  }
}
await db.exec('alter table "episodes" enable trigger user');
await db.close();
rmSync(dir, { recursive: true, force: true });
