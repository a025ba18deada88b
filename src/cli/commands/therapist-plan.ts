import { type Command, Option } from 'commander';
import type { PlanRunOptions, ServerOptions } from './therapist-plan-run';

const HELP_AFTER = `
"Your therapist's plan" lives on a Knead server with accounts (the care-team
workspace). Set up once:
  1. Sign in to that server's web app; on the care team page, link with your
     therapist's invite code.
  2. On the Account security page (/account), API tokens: create one with
     "Allow writing the journal" ticked (it is shown once).
  3. export KNEAD_SERVER=https://knead.example.org KNEAD_TOKEN=<the token>
     (the token is read from the environment only: command lines are visible
     to other users of the machine)

Every run starts with your red-flag check, asked as knead check asks it; your
answers decide whether the plan runs as written, gentler, or not today (and
what to do instead). The session is saved to your journal on the server with
the plan's id, so it counts toward the plan on your therapist's dashboard.

Examples:
  knead therapist-plan                      list your plans
  knead therapist-plan run                  check and run your plan
  knead therapist-plan run 2                the second plan of the list (or its id)
  knead therapist-plan run --intensity 4 --json
                                            scripts: check only, from flags
                                            (or --input situation.json)

Exit codes: 0 done, 1 the server could not be reached or failed, 2 invalid
input (a flag, the token, an unknown plan), 3 the plan is blocked today (what
to do instead is shown), 4 stopped because it got worse, 130 cancelled.
`;

const serverOption = () => new Option('--server <url>', 'the Knead server with accounts').env('KNEAD_SERVER');

/** `knead therapist-plan`: the plans a linked clinician assigned, and `run`: check, gate and guide one. */
export function register(program: Command): void {
  const command = program
    .command('therapist-plan')
    .description("your therapist's plan from a Knead server with accounts: list it, or check and run it")
    .addOption(serverOption())
    .option('--json', 'print the plans as JSON')
    .addHelpText('after', HELP_AFTER)
    .action(async (options: ServerOptions) => {
      const { listTherapistPlans } = await import('./therapist-plan-run');
      await listTherapistPlans(options);
    });
  command
    .command('run [plan]')
    .description('your red-flag check, then the plan as it decides (full, gentler or blocked), in the session player')
    .addOption(serverOption())
    .option('-i, --input <file>', 'read the Situation (JSON) from FILE instead of asking (its region is the plan’s)')
    .option('--side <side>', 'left, right, both or center')
    .option('--intensity <0-10>', 'pain now, 0 to 10')
    .option('--duration <minutes>', 'how long this episode has lasted, in minutes')
    .option('--ongoing', 'the spasm is happening now')
    .option('--context <list>', 'what was going on, comma-separated, e.g. exercise,dehydration')
    .option('--signs <list>', 'what you notice, comma-separated, e.g. swelling,numbness')
    .option('--frequency <how-often>', 'how often spasms happen: first, occasional, weekly or daily')
    .option('--age <years>', 'your age in years (otherwise asked once and remembered)')
    .option('--json', 'check only: print the plan, the gate and the assessment as JSON (no session)')
    .option('-q, --quiet', 'no terminal bell')
    .addOption(new Option('--speed <n>', 'time runs N times faster (demos and tests)').default('1').hideHelp())
    .addHelpText('after', HELP_AFTER)
    .action(async (plan: string | undefined, options: PlanRunOptions, self: Command) => {
      const { runTherapistPlan } = await import('./therapist-plan-run');
      // --server and --json may be given before `run` (then they are the parent's) or after it.
      await runTherapistPlan(plan, { ...options, ...self.optsWithGlobals<PlanRunOptions>() });
    });
}
