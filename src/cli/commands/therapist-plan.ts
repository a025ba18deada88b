import { type Command, Option } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import type { PlanRunOptions, ServerOptions } from './therapist-plan-run';

const serverOption = (t: Translator) =>
  new Option('--server <url>', t.t('cli.help.therapist-plan.server')).env('KNEAD_SERVER');

/** `knead therapist-plan`: the plans a linked clinician assigned, and `run`: check, gate and guide one. */
export function register(program: Command, t: Translator): void {
  const command = program
    .command('therapist-plan')
    .description(t.t('cli.help.therapist-plan'))
    .addOption(serverOption(t))
    .option('--json', t.t('cli.help.therapist-plan.json'))
    .addHelpText('after', t.t('cli.help.therapist-plan.after'))
    .action(async (options: ServerOptions) => {
      const { listTherapistPlans } = await import('./therapist-plan-run');
      await listTherapistPlans(options);
    });
  command
    .command('run [plan]')
    .description(t.t('cli.help.therapist-plan.run'))
    .addOption(serverOption(t))
    .option('-i, --input <file>', t.t('cli.help.therapist-plan.run.input'))
    .option('--side <side>', t.t('cli.help.opt.side'))
    .option('--intensity <0-10>', t.t('cli.help.therapist-plan.run.intensity'))
    .option('--duration <minutes>', t.t('cli.help.opt.duration'))
    .option('--ongoing', t.t('cli.help.opt.ongoing'))
    .option('--context <list>', t.t('cli.help.opt.context-example'))
    .option('--signs <list>', t.t('cli.help.opt.signs-example'))
    .option('--frequency <how-often>', t.t('cli.help.opt.frequency'))
    .option('--age <years>', t.t('cli.help.opt.age'))
    .option('--json', t.t('cli.help.therapist-plan.run.json'))
    .option('-q, --quiet', t.t('cli.help.opt.quiet'))
    .addOption(new Option('--speed <n>', t.t('cli.help.opt.speed')).default('1').hideHelp())
    .addHelpText('after', t.t('cli.help.therapist-plan.after'))
    .action(async (plan: string | undefined, options: PlanRunOptions, self: Command) => {
      const { runTherapistPlan } = await import('./therapist-plan-run');
      // --server and --json may be given before `run` (then they are the parent's) or after it.
      await runTherapistPlan(plan, { ...options, ...self.optsWithGlobals<PlanRunOptions>() });
    });
}
