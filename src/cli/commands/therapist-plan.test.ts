import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Account, assignPlan, CALF_PLAN, linkClient } from '../../test-support/care-team-fixture';
import { buildTestServer, signUp } from '../../test-support/server-fixture';
import { KEYS, PtySession } from '../pty-session';

const BIN = fileURLToPath(new URL('../../../bin/knead.js', import.meta.url));

/** The real `knead` binary, without a terminal (a script's view), run asynchronously: the server is in this process. */
function runKnead(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('knead therapist-plan against an accounts-mode server', () => {
  let app: FastifyInstance;
  let url = '';
  let clinician: Account;
  let client: Account;
  let planId = '';
  let env: Record<string, string> = {};
  let configDir = '';
  let session: PtySession | undefined;

  const api = async (who: Account, method: 'GET' | 'POST', path: string, payload?: object) =>
    (await app.inject({ method, url: `/api/v1${path}`, headers: who.headers, ...(payload ? { payload } : {}) })).json();

  beforeAll(async () => {
    app = await buildTestServer('server');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    url = `http://127.0.0.1:${address.port}`;
    clinician = await signUp(app);
    client = await signUp(app);
    await linkClient(app, clinician, client);
    planId = await assignPlan(app, clinician, client.userId, CALF_PLAN);
    // The client's API token, as the web app's Account page creates it.
    const token = await api(client, 'POST', '/tokens', {
      name: 'terminal',
      scopes: ['read', 'journal:write'],
      expiresInDays: 1,
    });
    expect(token.token).toBeTypeOf('string');
    configDir = mkdtempSync(join(tmpdir(), 'knead-plan-'));
    // Age and history remembered, as after a first `knead check`: the check asks only what the moment needs.
    writeFileSync(join(configDir, 'settings.json'), JSON.stringify({ age: 40, history: { frequency: 'first' } }));
    env = { KNEAD_SERVER: url, KNEAD_TOKEN: token.token as string, KNEAD_CONFIG_DIR: configDir };
  });
  afterAll(async () => {
    await app.close();
    rmSync(configDir, { recursive: true, force: true });
  });
  afterEach(() => session?.kill());

  const start = (args: string[] = []) => new PtySession(['therapist-plan', 'run', ...args], env);
  /** The check for a calf cramp that is over, with `signs` ticked and pain at `pain`. */
  async function answerCheck(s: PtySession, pain: number): Promise<void> {
    await s.answer('What does it feel like?', 'c');
    for (const prompt of ['do you have any of this?', 'happen recently?']) await s.answer(prompt, KEYS.enter);
    await s.answer('Is it still cramping', `${KEYS.down.repeat(6)}${KEYS.enter}`);
    await s.answer('How strong is the pain', `${pain}${KEYS.enter}`);
    for (const prompt of ['What was going on', 'notice any of this at the spot']) await s.answer(prompt, KEYS.enter);
  }
  const sessionsFromPlan = async () =>
    ((await api(client, 'GET', '/sessions')).items as { assignedPlanId?: string }[]).filter(
      (s) => s.assignedPlanId === planId,
    );

  it('lists the plan, as text and as JSON', async () => {
    const text = await runKnead(['therapist-plan'], env);
    expect(text.stderr).toBe('');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^1\. Calf \(back of lower leg\) — from user-/m);
    expect(text.stdout).toContain(`id ${planId}`);
    expect(text.stdout).toContain('Note from your therapist: Every evening after work.');
    const json = await runKnead(['therapist-plan', '--json'], env);
    expect(JSON.parse(json.stdout)).toMatchObject([{ id: planId, title: 'Your therapist’s plan', plan: CALF_PLAN }]);
  }, 60_000);

  it('blocked: a red flag in the check stops the plan, says what to do, and runs no session (exit 3)', async () => {
    session = start();
    await session.answer('What does it feel like?', 'c');
    // The first red flag offered is chest pain: tick it.
    await session.answer('do you have any of this?', KEYS.space + KEYS.enter);
    expect(await session.exited()).toBe(3);
    const screen = session.text;
    expect(screen).not.toContain('Where is the spasm?');
    expect(screen).toContain('NOT TODAY: THE PLAN WAITS (blocked)');
    expect(screen).toContain('Emergency — ambulance: Call an ambulance now');
    expect(screen).toMatch(/\[[a-z0-9-]+\]/);
    expect(screen).not.toContain('Start the guided session');
    expect(await sessionsFromPlan()).toEqual([]);
  }, 60_000);

  it('reduced: strong pain allows only gentle work; friction is left out and pressure capped', async () => {
    session = start(['1']);
    await answerCheck(session, 9);
    await session.answer('Start the guided session now', `n${KEYS.enter}`);
    expect(await session.exited()).toBe(0);
    const screen = session.text;
    expect(screen).toContain('YOUR PLAN, MADE GENTLER TODAY (reduced)');
    expect(screen).toContain('Left out today: Friction');
    expect(screen).toMatch(/Why \(the rules of your check\):\s+• The pain is severe[\s\S]+?\[very-painful\]/);
    expect(await sessionsFromPlan()).toEqual([]);
  }, 60_000);

  it('full: runs the plan in the session player and the session counts toward adherence on the dashboard', async () => {
    const before = (await api(clinician, 'GET', '/care-team/dashboard')).clients[0].adherence;
    session = start([planId.slice(0, 8), '--speed', '5000', '--quiet']);
    await answerCheck(session, 5);
    await session.answer('Start the guided session now', KEYS.enter);
    await session.answer('after the session?', `2${KEYS.enter}`);
    await session.waitFor('Saved to your journal');
    expect(await session.exited()).toBe(0);
    const screen = session.text;
    expect(screen).toContain('YOUR PLAN IS READY (full)');
    expect(screen).toContain('Knead guided session · Calf');
    expect(screen).toContain('Session complete.');
    const saved = await sessionsFromPlan();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ region: 'calf', assignedPlanId: planId });
    const after = (await api(clinician, 'GET', '/care-team/dashboard')).clients[0].adherence;
    expect(after.done).toBe(before.done + 1);
  }, 90_000);

  it('scripts: --json with flags checks without a session; blocked exits 3', async () => {
    const gentle = await runKnead(['therapist-plan', 'run', '--intensity', '9', '--json'], env);
    expect(gentle.status).toBe(0);
    const checked = JSON.parse(gentle.stdout);
    expect(checked).toMatchObject({ plan: { id: planId }, situation: { region: 'calf', intensity: 9 } });
    expect(checked.gate).toMatchObject({ status: 'reduced', dropped: ['friction'] });
    expect(checked.assessment.massage).toBe('gentle');
    const blocked = await runKnead(['therapist-plan', 'run', '--signs', 'chest-pain', '--json'], env);
    expect(blocked.status).toBe(3);
    expect(JSON.parse(blocked.stdout).gate.status).toBe('blocked');
    const none = await runKnead(['therapist-plan', 'run'], env);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--input: not in a terminal, so the check cannot be asked');
    const bad = await runKnead(['therapist-plan', 'run', '--intensity', '11', '--json'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^--intensity: /);
  }, 60_000);

  it('says plainly what is wrong: no server or token, a refused token, an unknown plan, an unreachable or local server', async () => {
    const noToken = await runKnead(['therapist-plan'], { KNEAD_SERVER: url, KNEAD_TOKEN: '' });
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toContain('KNEAD_TOKEN: required');
    const noServer = await runKnead(['therapist-plan'], { KNEAD_SERVER: '', KNEAD_TOKEN: 'x' });
    expect(noServer.status).toBe(2);
    expect(noServer.stderr).toContain('--server: required (or set KNEAD_SERVER)');
    const plainHttp = await runKnead(['therapist-plan', '--server', 'http://knead.example.org'], env);
    expect(plainHttp.stderr).toContain('would carry your token unencrypted');
    const refused = await runKnead(['therapist-plan'], { ...env, KNEAD_TOKEN: 'not-a-token' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('did not accept the token in KNEAD_TOKEN');
    const readOnly = await api(client, 'POST', '/tokens', { name: 'read only', scopes: ['read'], expiresInDays: 1 });
    const scoped = await runKnead(['therapist-plan', 'run', '--intensity', '3', '--json'], {
      ...env,
      KNEAD_TOKEN: readOnly.token,
    });
    expect(scoped.status).toBe(2);
    expect(scoped.stderr).toContain('this token lacks the journal:write scope');
    expect(scoped.stderr).toContain('"Allow writing the journal"');
    const unknown = await runKnead(['therapist-plan', 'run', 'ffffffff-0000', '--json', '--intensity', '3'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('plan: no plan "ffffffff-0000"');
    // A port nothing listens on any more.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freed = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const gone = await runKnead(['therapist-plan', 'run', '--server', `http://127.0.0.1:${freed}`], env);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toMatch(
      new RegExp(
        `^knead therapist-plan: cannot reach the Knead server at http://127\\.0\\.0\\.1:${freed} \\(.*ECONNREFUSED`,
      ),
    );
    const local = await buildTestServer('local');
    await local.listen({ host: '127.0.0.1', port: 0 });
    const port = (local.server.address() as { port: number }).port;
    const localRun = await runKnead(['therapist-plan', '--server', `http://127.0.0.1:${port}`], env);
    await local.close();
    expect(localRun.status).toBe(2);
    expect(localRun.stderr).toContain('runs in local mode (no accounts)');
  }, 90_000);
});
