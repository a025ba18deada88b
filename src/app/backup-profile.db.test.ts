import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Store } from '../core/repositories';
import { createMemoryStore } from '../store/memory-store';
import { openStore } from '../store/open-store';
import { buildEpisode, buildSession } from '../test-support/factories';
import { createTestDatabase } from '../test-support/test-database';
import { createKnead, LOCAL_USER_ID } from './knead';

/** Each test opens one or two fresh databases (a PGlite start is seconds on a loaded machine). */
const DB_TEST_MS = 120_000;
const ANN = { displayName: 'Ann Example', dateOfBirth: '1958-04-12', identifier: 'NHS 943 476 5919' };
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function streamed(body: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of body) text += chunk;
  return text;
}

/** The report profile travels in the JSON backup: exported with the journal, restored in the import's transaction. */
function describeProfileBackup(name: string, open: () => Promise<Store>) {
  describe(`the report profile in backups: ${name}`, () => {
    const openKnead = async () => {
      const store = await open();
      return { store, knead: await createKnead({ store, mode: 'local' }) };
    };

    it(
      'round-trips: the streamed export carries the profile and a fresh journal restores it with the records',
      async () => {
        const source = await openKnead();
        const episode = buildEpisode();
        await source.knead.episodes.create(LOCAL_USER_ID, episode);
        await source.knead.sessions.create(LOCAL_USER_ID, buildSession({ episodeId: episode.id }));
        await source.knead.profile.save(LOCAL_USER_ID, ANN);
        const text = await streamed((await source.knead.exportAs(LOCAL_USER_ID, 'json')).body);
        const document = JSON.parse(text);
        expect(document.profile).toEqual(ANN);
        // Streamed byte for byte as the in-memory document would be written.
        const whole = await source.knead.exportBackup(LOCAL_USER_ID);
        expect(text).toBe(`${JSON.stringify({ ...whole, exportedAt: document.exportedAt }, null, 2)}\n`);

        const target = await openKnead();
        await target.knead.profile.save(LOCAL_USER_ID, { identifier: 'old clinic id' });
        const { imported } = await target.knead.importBackupStream(LOCAL_USER_ID, [text]);
        expect(imported).toEqual({ episodes: 1, checkins: 0, sessions: 1, existing: 0 });
        expect(await target.knead.profile.get(LOCAL_USER_ID)).toEqual(ANN);
        expect(JSON.parse(await streamed((await target.knead.exportAs(LOCAL_USER_ID, 'json')).body)).profile).toEqual(
          ANN,
        );
        await Promise.all([source.store.close(), target.store.close()]);
      },
      DB_TEST_MS,
    );

    it(
      'imports a backup without a profile (older files, or none given) and keeps the profile already there',
      async () => {
        const { store, knead } = await openKnead();
        // No profile given: the export has no "profile" member at all, as files written before it.
        const text = await streamed((await knead.exportAs(LOCAL_USER_ID, 'json')).body);
        expect(Object.keys(JSON.parse(text))).toEqual([
          'format',
          'version',
          'exportedAt',
          'episodes',
          'checkins',
          'sessions',
        ]);
        await knead.profile.save(LOCAL_USER_ID, { displayName: 'Kept' });
        const older = {
          format: 'knead-backup',
          version: 1,
          exportedAt: '2026-01-01T00:00:00Z',
          episodes: [buildEpisode()],
        };
        await knead.importBackup(LOCAL_USER_ID, { ...older, checkins: [], sessions: [] });
        expect(await knead.profile.get(LOCAL_USER_ID)).toEqual({ displayName: 'Kept' });
        await store.close();
      },
      DB_TEST_MS,
    );

    it(
      'an invalid profile names its field, and a failed import changes neither the journal nor the profile',
      async () => {
        const { store, knead } = await openKnead();
        await knead.profile.save(LOCAL_USER_ID, { displayName: 'Before' });
        const backup = (profile: unknown, episodes: unknown[] = []) =>
          JSON.stringify({
            format: 'knead-backup',
            version: 1,
            exportedAt: '2026-01-01T00:00:00Z',
            profile,
            episodes,
            checkins: [],
            sessions: [],
          });
        await expect(knead.importBackup(LOCAL_USER_ID, backup({ dateOfBirth: '2999-01-01' }))).rejects.toMatchObject({
          code: 'invalid-backup',
          status: 400,
          errors: [{ path: 'profile.dateOfBirth', message: 'must not be in the future' }],
        });
        await expect(knead.importBackup(LOCAL_USER_ID, backup({ nickname: 'x' }))).rejects.toMatchObject({
          errors: [{ path: 'profile' }],
        });
        await expect(knead.importBackup(LOCAL_USER_ID, backup(['Ann']))).rejects.toMatchObject({
          errors: [{ path: 'profile', message: 'expected an object' }],
        });
        // A valid profile but a broken record after it: all or nothing, the profile is not replaced either.
        await expect(
          knead.importBackup(LOCAL_USER_ID, backup(ANN, [buildEpisode(), { ...buildEpisode(), region: 'elbow' }])),
        ).rejects.toMatchObject({ errors: [{ path: 'episodes.1.region' }] });
        expect(await knead.profile.get(LOCAL_USER_ID)).toEqual({ displayName: 'Before' });
        expect((await knead.episodes.list(LOCAL_USER_ID, {})).items).toEqual([]);
        await store.close();
      },
      DB_TEST_MS,
    );
  });
}

describeProfileBackup('memory', async () => createMemoryStore());

describeProfileBackup('PGlite (data dir)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'knead-profile-'));
  dirs.push(dir);
  return openStore({ dataDir: dir });
});

const postgresUrl = inject('postgresUrl');
describe.skipIf(!postgresUrl)('PostgreSQL', () => {
  describeProfileBackup('PostgreSQL', async () => openStore({ databaseUrl: await createTestDatabase(postgresUrl) }));
});
