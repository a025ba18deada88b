import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { AssignedPlan } from '../core/plan/assigned-plan';
import type { signUp } from './server-fixture';

export type Account = Awaited<ReturnType<typeof signUp>>;

export const CALF_PLAN: AssignedPlan = {
  region: 'calf',
  steps: [
    { technique: 'stretch', pressure: 'moderate', holdSeconds: 20, repetitions: 3 },
    { technique: 'effleurage', pressure: 'moderate' },
    { technique: 'friction', pressure: 'firm' },
    { technique: 'heat', pressure: 'none' },
  ],
  sessionsPerWeek: 7,
  note: 'Every evening after work.',
};

/** Makes the account a clinician and answers an invite code of theirs. */
export async function createInviteCode(app: FastifyInstance, clinician: Account): Promise<string> {
  expect(
    (await app.inject({ method: 'POST', url: '/api/v1/me/clinician', headers: clinician.headers })).statusCode,
  ).toBe(200);
  const invite = await app.inject({
    method: 'POST',
    url: '/api/v1/care-team/invites',
    headers: clinician.headers,
    payload: {},
  });
  expect(invite.statusCode).toBe(201);
  return invite.json().code as string;
}

/** Links the client to the clinician through a fresh invite; answers the link id. */
export async function linkClient(app: FastifyInstance, clinician: Account, client: Account): Promise<string> {
  const code = await createInviteCode(app, clinician);
  const link = await app.inject({
    method: 'POST',
    url: '/api/v1/care-team/links',
    headers: client.headers,
    payload: { code },
  });
  expect(link.statusCode, link.body).toBe(201);
  return link.json().id as string;
}

/** Assigns a plan to a linked client; answers its id. */
export async function assignPlan(
  app: FastifyInstance,
  clinician: Account,
  clientId: string,
  plan: AssignedPlan = CALF_PLAN,
): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: `/api/v1/care-team/clients/${clientId}/plans`,
    headers: clinician.headers,
    payload: plan,
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}
