import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store/memory-store';
import { buildCheckIn, buildEpisode, buildSession } from '../test-support/factories';
import { AppError } from './errors';
import { createKnead, LOCAL_USER_ID } from './knead';

const makeKnead = () => createKnead({ store: createMemoryStore(), mode: 'local' });

describe('Knead use cases', () => {
  it('logs, edits and deletes an episode with idempotent retries', async () => {
    const knead = await makeKnead();
    const episode = buildEpisode();
    expect((await knead.episodes.create(LOCAL_USER_ID, episode)).created).toBe(true);
    expect((await knead.episodes.create(LOCAL_USER_ID, episode)).created).toBe(false);
    const edited = await knead.episodes.update(LOCAL_USER_ID, episode.id, { ...episode, intensity: 2 });
    expect(edited.intensity).toBe(2);
    await expect(knead.episodes.update(LOCAL_USER_ID, crypto.randomUUID(), episode)).rejects.toMatchObject({
      code: 'id-mismatch',
      status: 400,
    });
    await knead.episodes.remove(LOCAL_USER_ID, episode.id);
    await expect(knead.episodes.get(LOCAL_USER_ID, episode.id)).rejects.toMatchObject({ status: 404 });
    await expect(knead.episodes.list(LOCAL_USER_ID, { cursor: 'x' })).rejects.toMatchObject({ code: 'invalid-cursor' });
  });

  it('exports and re-imports the journal losslessly, all or nothing', async () => {
    const source = await makeKnead();
    const journal = { episodes: [buildEpisode()], checkins: [buildCheckIn()], sessions: [buildSession()] };
    for (const e of journal.episodes) await source.episodes.create(LOCAL_USER_ID, e);
    for (const c of journal.checkins) await source.checkins.create(LOCAL_USER_ID, c);
    for (const s of journal.sessions) await source.sessions.create(LOCAL_USER_ID, s);
    const backup = await source.exportBackup(LOCAL_USER_ID);
    const target = await makeKnead();
    expect(await target.importBackup(LOCAL_USER_ID, JSON.parse(JSON.stringify(backup)))).toEqual({
      imported: { episodes: 1, checkins: 1, sessions: 1, existing: 0 },
    });
    const again = await target.exportBackup(LOCAL_USER_ID);
    // Lossless, timestamps included: the restored journal exports exactly what was exported.
    const records = (b: typeof backup) => [...b.episodes, ...b.checkins, ...b.sessions];
    expect(records(again)).toEqual(records(backup));
    const broken = { ...backup, episodes: [...backup.episodes, { ...buildEpisode(), region: 'elbow' }] };
    const error = await target.importBackup(LOCAL_USER_ID, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).errors?.[0]?.path).toBe('episodes.1.region');
    const { body } = await target.exportAs(LOCAL_USER_ID, 'json');
    let text = '';
    for await (const chunk of body) text += chunk;
    // The streamed export is byte for byte the document JSON.stringify would write.
    expect(text).toBe(`${JSON.stringify({ ...again, exportedAt: JSON.parse(text).exportedAt }, null, 2)}\n`);
    await expect(target.exportAs(LOCAL_USER_ID, 'xml')).rejects.toMatchObject({ code: 'unknown-format' });
  });

  it('summarises insights and deletes all of my data', async () => {
    const knead = await makeKnead();
    await knead.episodes.create(LOCAL_USER_ID, buildEpisode({ durationMinutes: 15 }));
    const insights = await knead.insights(LOCAL_USER_ID);
    expect(insights.totals.episodes).toBe(1);
    expect(insights.alerts.map((a) => a.id)).toContain('long-episodes');
    await knead.deleteMyData(LOCAL_USER_ID);
    expect((await knead.insights(LOCAL_USER_ID)).totals.episodes).toBe(0);
  });

  it('signs up (the same answer for a taken email), signs in, issues revocable tokens and deletes the account', async () => {
    const knead = await createKnead({ store: createMemoryStore(), mode: 'server' });
    await expect(
      knead.accounts.signup({ email: 'Ana@Example.org', password: 'correct horse battery' }),
    ).resolves.toBeUndefined();
    // A taken email answers exactly like a free one: nothing tells the caller it exists.
    await expect(
      knead.accounts.signup({ email: 'ana@example.org', password: 'another long one' }),
    ).resolves.toBeUndefined();
    await expect(
      knead.accounts.signin({ email: 'ana@example.org', password: 'another long one' }),
    ).rejects.toMatchObject({ status: 401 });
    await expect(
      knead.accounts.signin({ email: 'ana@example.org', password: 'wrong password!' }),
    ).rejects.toMatchObject({
      status: 401,
    });
    const signin = await knead.accounts.signin({ email: 'ana@example.org', password: 'correct horse battery' });
    expect(await knead.accounts.authenticateSession(signin.sessionToken)).toBe(signin.user.id);
    const token = await knead.accounts.createToken(signin.user.id, { name: 'watch' });
    expect(await knead.accounts.authenticateToken(token.token)).toEqual({
      userId: signin.user.id,
      scopes: ['read', 'journal:write'],
    });
    await knead.accounts.revokeToken(signin.user.id, token.id);
    expect(await knead.accounts.authenticateToken(token.token)).toBeNull();
    await knead.accounts.signout(signin.sessionToken);
    expect(await knead.accounts.authenticateSession(signin.sessionToken)).toBeNull();
    await knead.accounts.deleteAccount(signin.user.id);
    expect(await knead.accounts.findUser(signin.user.id)).toBeNull();
  });
});
