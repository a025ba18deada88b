import { expect, it } from 'vitest';
import { emptyDashboardData } from '../core/care-team-repository';
import type { AssignedPlan } from '../core/plan/assigned-plan';
import type { Store } from '../core/repositories';
import { buildEpisode, buildSession, makeId } from './factories';

const PLAN: AssignedPlan = { region: 'calf', steps: [{ technique: 'stretch', pressure: 'light' }], sessionsPerWeek: 7 };

/** The care-team repository's contract (called inside describeStoreContract, so every store runs it). */
export function describeCareTeamContract(open: () => Promise<Store>) {
  const setup = async () => {
    const store = await open();
    const [clinician, client, other] = [makeId(), makeId(), makeId()];
    for (const id of [clinician, client, other]) await store.accounts.ensureUser(id);
    return { store, clinician, client, other, care: store.careTeam };
  };

  it('care team: a one-time invite links once; unknown, used, expired and own codes do not', async () => {
    const { store, care, clinician, client, other } = await setup();
    const now = new Date();
    expect(await care.isClinician(clinician)).toBe(false);
    await care.setClinician(clinician, now);
    expect(await care.isClinician(clinician)).toBe(true);
    const expiresAt = new Date(now.getTime() + 60_000);
    await care.createInvite({ id: makeId(), clinicianId: clinician, codeHash: `h-${clinician}`, expiresAt });
    expect(await care.redeemInvite(`h-${clinician}`, clinician, makeId(), now)).toEqual({ status: 'own-invite' });
    const linked = await care.redeemInvite(`h-${clinician}`, client, makeId(), now);
    expect(linked).toMatchObject({
      status: 'linked',
      link: { clientId: client, clinicianId: clinician, revokedAt: null },
    });
    expect(await care.redeemInvite(`h-${clinician}`, other, makeId(), now)).toEqual({ status: 'invalid' });
    expect(await care.redeemInvite('h-unknown', other, makeId(), now)).toEqual({ status: 'invalid' });
    await care.createInvite({ id: makeId(), clinicianId: clinician, codeHash: `old-${clinician}`, expiresAt: now });
    expect(await care.redeemInvite(`old-${clinician}`, other, makeId(), now)).toEqual({ status: 'invalid' });
    await care.createInvite({ id: makeId(), clinicianId: clinician, codeHash: `again-${clinician}`, expiresAt });
    expect(await care.redeemInvite(`again-${clinician}`, client, makeId(), now)).toMatchObject({
      status: 'already-linked',
    });
    await store.close();
  });

  it('care team: revoking is at once and only by the client; both sides list the link', async () => {
    const { store, care, clinician, client, other } = await setup();
    const now = new Date();
    await care.createInvite({
      id: makeId(),
      clinicianId: clinician,
      codeHash: `r-${client}`,
      expiresAt: new Date(now.getTime() + 60_000),
    });
    const result = await care.redeemInvite(`r-${client}`, client, makeId(), now);
    if (result.status !== 'linked') throw new Error(result.status);
    expect(await care.findActiveLink(client, clinician)).toMatchObject({ id: result.link.id });
    expect(await care.listLinkedClientIds(clinician)).toEqual([client]);
    expect(await care.listLinkedClientIds(other)).toEqual([]);
    expect((await care.listClinicianLinks(clinician)).map((l) => l.clientId)).toEqual([client]);
    expect(await care.revokeLink(other, result.link.id, now)).toBe(false);
    expect(await care.revokeLink(client, result.link.id, now)).toBe(true);
    expect(await care.revokeLink(client, result.link.id, now)).toBe(false);
    expect(await care.findActiveLink(client, clinician)).toBeNull();
    expect(await care.listLinkedClientIds(clinician)).toEqual([]);
    expect((await care.listClientLinks(client))[0]?.revokedAt).not.toBeNull();
    expect((await care.listClinicianLinks(clinician))[0]?.revokedAt).not.toBeNull();
    await store.close();
  });

  it('care team: plans are replaced only by their clinician; reads are audited with the client', async () => {
    const { store, care, clinician, client, other } = await setup();
    const now = new Date();
    const id = makeId();
    expect(await care.savePlan({ id, clientId: client, clinicianId: clinician, plan: PLAN }, now)).toMatchObject({
      id,
    });
    const changed = { ...PLAN, sessionsPerWeek: 3 };
    expect(await care.savePlan({ id, clientId: client, clinicianId: other, plan: changed }, now)).toBeNull();
    expect((await care.getPlan(client, id))?.plan.sessionsPerWeek).toBe(7);
    await care.savePlan({ id, clientId: client, clinicianId: clinician, plan: changed }, now);
    expect((await care.listPlans(client)).map((p) => p.plan.sessionsPerWeek)).toEqual([3]);
    expect(await care.getPlan(other, id)).toBeNull();
    await care.logReads([{ clientId: client, clinicianId: clinician, resource: 'insights' }]);
    expect(await care.listAudit(client)).toMatchObject([{ clinicianId: clinician, resource: 'insights' }]);
    expect(await care.listAudit(other)).toEqual([]);
    await store.close();
  });

  it('care team: "delete all my data" removes the client’s links (the clinician loses access), plans, audit and invites', async () => {
    const { store, care, clinician, client, other } = await setup();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 60_000);
    await care.setClinician(clinician, now);
    await care.setClinician(client, now);
    await care.createInvite({ id: makeId(), clinicianId: clinician, codeHash: `d-${clinician}`, expiresAt });
    await care.redeemInvite(`d-${clinician}`, client, makeId(), now);
    await care.createInvite({ id: makeId(), clinicianId: clinician, codeHash: `e-${clinician}`, expiresAt });
    await care.redeemInvite(`e-${clinician}`, other, makeId(), now);
    await care.savePlan({ id: makeId(), clientId: client, clinicianId: clinician, plan: PLAN }, now);
    await care.logReads([{ clientId: client, clinicianId: clinician, resource: 'episodes' }]);
    // The client is a clinician too, with an invite nobody used yet.
    await care.createInvite({ id: makeId(), clinicianId: client, codeHash: `f-${client}`, expiresAt });

    await care.deleteAll(client);
    expect(await care.listClientLinks(client)).toEqual([]);
    expect(await care.findActiveLink(client, clinician)).toBeNull();
    expect(await care.listLinkedClientIds(clinician)).toEqual([other]);
    expect(await care.listPlans(client)).toEqual([]);
    expect(await care.listAudit(client)).toEqual([]);
    expect(await care.redeemInvite(`f-${client}`, other, makeId(), now)).toEqual({ status: 'invalid' });
    // Nobody else's rows were touched.
    expect((await care.findActiveLink(other, clinician))?.clientId).toBe(other);
    await store.close();
  });

  it('care team: the dashboard read gives each client’s latest episode, the window, and plan sessions', async () => {
    const { store, care, clinician, client, other } = await setup();
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 8)).toISOString();
    const planId = makeId();
    await store.journal.episodes.create(client, buildEpisode({ startedAt: day(1), intensity: 3 }));
    await store.journal.episodes.create(client, buildEpisode({ startedAt: day(20), intensity: 6, region: 'foot' }));
    await store.journal.sessions.create(client, buildSession({ startedAt: day(19), assignedPlanId: planId }));
    await store.journal.sessions.create(client, buildSession({ startedAt: day(21), assignedPlanId: planId }));
    await store.journal.sessions.create(client, buildSession({ startedAt: day(21) }));
    await care.savePlan({ id: planId, clientId: client, clinicianId: clinician, plan: PLAN }, new Date());
    await care.savePlan({ id: makeId(), clientId: client, clinicianId: other, plan: PLAN }, new Date());
    const rows = await care.readDashboard([client, other], clinician, new Date(day(10)), new Date(day(20)));
    const mine = rows.find((r) => r.clientId === client);
    expect(mine?.lastEpisode).toEqual({ startedAt: day(20), region: 'foot', intensity: 6 });
    expect(mine?.episodes.map((e) => e.startedAt)).toEqual([day(20)]);
    expect(mine?.sessions).toHaveLength(3);
    expect(mine?.planSessions).toEqual([{ planId, count: 1 }]);
    expect(mine?.plans.map((p) => p.id)).toEqual([planId]);
    expect(mine?.email).toBeNull();
    expect(rows.find((r) => r.clientId === other)).toEqual(emptyDashboardData(other));
    await store.close();
  });
}
