/** The work of `knead therapist-plan` (list) and `knead therapist-plan run` (check, gate, session, record). */

import type { Translator } from '../../core/i18n/translator';
import { REGION_LABELS } from '../../core/messages/labels';
import type { Situation } from '../../core/situation';
import { problemLines, reportCliError } from '../io/cli-errors';
import { cliTranslator } from '../io/cli-language';
import type { CheckedPlan, KneadServer, TherapistPlan } from '../io/knead-server';
import { connectKneadServer, resolveServerAccess } from '../io/knead-server';
import { parseSituation } from '../io/parse-situation';
import { failWithProblems, readJsonInput } from '../io/read-input';
import { renderGate, renderPlanList } from '../terminal/gate-screen';
import { collectSituationFlags, SITUATION_FLAGS, type SituationFlags } from '../terminal/situation-flags';
import { createStyle, type Style, shouldUseColor } from '../terminal/style';
import { EXIT_GOT_WORSE, EXIT_MASSAGE_AVOID } from './session';

export interface ServerOptions {
  server?: string | undefined;
  json?: boolean;
}

export interface PlanRunOptions extends ServerOptions, Omit<SituationFlags, 'region'> {
  input?: string;
  age?: string;
  quiet?: boolean;
  speed: string;
}

const COMMAND = 'therapist-plan';

function connect(options: ServerOptions): KneadServer | null {
  const resolved = resolveServerAccess(options.server, process.env);
  if (!resolved.ok) {
    failWithProblems(resolved.problems);
    return null;
  }
  return connectKneadServer(resolved.access);
}

/** `knead therapist-plan`: the plans from clinicians the person is linked with. */
export async function listTherapistPlans(options: ServerOptions): Promise<void> {
  const server = connect(options);
  if (!server) return;
  try {
    await server.requireAccountsMode();
    const plans = await server.listPlans();
    if (options.json) {
      process.stdout.write(`${JSON.stringify(plans, null, 2)}\n`);
      return;
    }
    const style = createStyle(shouldUseColor(process.stdout, process.env));
    const t = await cliTranslator();
    const title = t.t('cli.therapist-plan.title');
    const lines = [style.bold(`${title} · ${server.origin}`), '', ...renderPlanList(plans, style)];
    if (plans.length > 0) lines.push('', t.t('cli.therapist-plan.run-one'));
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    await reportCliError(COMMAND, error);
  }
}

/** A plan by its number in the list, its id, or the start of its id; the only plan when none is named. */
function findPlan(plans: readonly TherapistPlan[], wanted: string | undefined, t: Translator): TherapistPlan | string {
  if (plans.length === 0) {
    return t.t('cli.therapist-plan.none');
  }
  if (wanted === undefined) {
    if (plans.length === 1) return plans[0] as TherapistPlan;
    return t.t('cli.therapist-plan.name-one', { count: plans.length });
  }
  const index = /^\d{1,3}$/.test(wanted) ? Number(wanted) : Number.NaN;
  if (index >= 1 && index <= plans.length) return plans[index - 1] as TherapistPlan;
  const matches = plans.filter((p) => p.id === wanted || (wanted.length >= 4 && p.id.startsWith(wanted.toLowerCase())));
  if (matches.length === 1) return matches[0] as TherapistPlan;
  return matches.length > 1
    ? t.t('cli.therapist-plan.ambiguous', { wanted })
    : t.t('cli.therapist-plan.unknown', { wanted });
}

/** The situation from --input or flags (the plan's region filled in), or null when none was given. */
async function readGivenSituation(
  options: PlanRunOptions,
  region: string,
): Promise<{ ok: true; value: Situation | null } | { ok: false; problems: string[] }> {
  const flags = collectSituationFlags(options);
  if (options.input && flags !== null) {
    return { ok: false, problems: [(await cliTranslator()).t('cli.therapist-plan.input-and-flags')] };
  }
  if (!options.input && flags === null) return { ok: true, value: null };
  const raw = options.input ? await readJsonInput(options.input) : { ok: true as const, value: flags };
  if (!raw.ok) return raw;
  const given = raw.value;
  // The plan's region, and --age, unless the situation says otherwise (a wrong region is the server's 400).
  const isObject = given !== null && typeof given === 'object' && !Array.isArray(given);
  const age = options.age === undefined ? {} : { age: Number(options.age) };
  const parsed = await parseSituation(isObject ? { region, ...age, ...given } : given);
  if (!parsed.success) {
    const names = options.input ? {} : SITUATION_FLAGS;
    return { ok: false, problems: await problemLines(parsed.problems, names) };
  }
  return { ok: true, value: parsed.data };
}

function parseAge(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const age = Number(text);
  return Number.isInteger(age) && age >= 0 && age <= 120 ? age : null;
}

/** Plays the gated plan in the terminal player and saves the episode and the session (with the plan's id). */
async function playAndRecord(
  server: KneadServer,
  checked: CheckedPlan,
  situation: Situation,
  options: PlanRunOptions,
  style: Style,
): Promise<void> {
  const plan = checked.gate.plan;
  if (!plan) return;
  const [{ playSession }, { renderPlanIntro }, { buildSessionRecords }] = await Promise.all([
    import('../terminal/session-player'),
    import('../terminal/session-screen'),
    import('../../core/plan/session-records'),
  ]);
  process.stdout.write(`\n${renderPlanIntro(checked.assessment, plan, style).join('\n')}\n\n`);
  const startedAt = new Date();
  const final = await playSession(plan, {
    input: process.stdin,
    output: process.stdout,
    style,
    bell: !options.quiet,
    speed: Number(options.speed) || 1,
    painBefore: situation.intensity,
  });
  const { episode, session } = buildSessionRecords(final, situation, checked.assessment, startedAt, new Date());
  // Named with the plan, the session counts toward it on the therapist's dashboard.
  session.assignedPlanId = checked.id;
  try {
    await server.createEpisode(episode);
    await server.createSession(session);
    process.stdout.write(`${(await cliTranslator()).t('cli.therapist-plan.saved', { origin: server.origin })}\n`);
  } catch (error) {
    await reportCliError(COMMAND, error);
    process.stderr.write(`${(await cliTranslator()).t('cli.therapist-plan.not-saved')}\n`);
  }
  if (final.stopReason === 'worse') process.exitCode = EXIT_GOT_WORSE;
}

/**
 * `knead therapist-plan run [plan]`: the red-flag check (asked as `knead check` asks it, or from flags / --input),
 * the server's gate for it, then the gated plan in the session player, recorded with the plan's id.
 */
export async function runTherapistPlan(wanted: string | undefined, options: PlanRunOptions): Promise<void> {
  const t = await cliTranslator();
  const speed = Number(options.speed);
  if (!(Number.isFinite(speed) && speed > 0 && speed <= 100_000)) {
    return failWithProblems([t.t('cli.therapist-plan.speed-invalid', { speed: options.speed })]);
  }
  const age = parseAge(options.age);
  if (age === null) return failWithProblems([t.t('cli.therapist-plan.age-invalid')]);
  const server = connect(options);
  if (!server) return;
  const interactive = Boolean(process.stdin.isTTY) && !options.json;
  const style = createStyle(shouldUseColor(process.stdout, process.env));
  const [{ CancelledError, askYesNo }, p] = await Promise.all([import('../check/ask'), import('@clack/prompts')]);
  try {
    await server.requireAccountsMode();
    const found = findPlan(await server.listPlans(), wanted, t);
    if (typeof found === 'string') {
      if (found.startsWith('plan:')) return failWithProblems([found]);
      throw new Error(found);
    }
    const given = await readGivenSituation(options, found.plan.region);
    if (!given.ok) return failWithProblems(given.problems);
    let situation = given.value;
    if (!situation) {
      if (!interactive) {
        const why = options.json ? 'cli.therapist-plan.json-asks-nothing' : 'cli.therapist-plan.no-terminal';
        return failWithProblems([t.t(why)]);
      }
      const { askSituation } = await import('../check/ask-situation');
      p.intro(t.t('cli.therapist-plan.intro', { title: t.t('cli.therapist-plan.title') }));
      situation = await askSituation({ style, age, region: found.plan.region });
      p.outro(t.t('cli.therapist-plan.outro'));
    }
    const checked = await server.checkPlan(found.id, situation);
    const blocked = checked.gate.status === 'blocked' || checked.gate.plan === null;
    if (options.json) {
      const { assessment, gate, ...plan } = checked;
      process.stdout.write(`${JSON.stringify({ plan, situation, gate, assessment }, null, 2)}\n`);
    } else {
      const from = checked.clinicianEmail ? ` — from ${checked.clinicianEmail}` : '';
      process.stdout.write(
        `${[style.bold(`${t.t('cli.therapist-plan.title')} · ${REGION_LABELS[found.plan.region]}${from}`), '', ...renderGate(checked.gate, checked.assessment, style)].join('\n')}\n`,
      );
    }
    if (blocked) {
      process.exitCode = EXIT_MASSAGE_AVOID;
      return;
    }
    if (options.json) return;
    if (!process.stdin.isTTY) {
      process.stdout.write(`${t.t('cli.therapist-plan.needs-terminal')}\n`);
      return;
    }
    if (await askYesNo('Start the guided session now (timers and cues)?', true)) {
      await playAndRecord(server, checked, situation, options, style);
    }
  } catch (error) {
    if (error instanceof CancelledError) {
      p.cancel('Stopped. Nothing was saved.');
      process.exitCode = 130;
      return;
    }
    await reportCliError(COMMAND, error);
  }
}
