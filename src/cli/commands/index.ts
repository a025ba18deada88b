import type { Command } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import { register as assess } from './assess';
import { register as check } from './check';
import { register as exportJournal } from './export';
import { register as importJournal } from './import';
import { register as insights } from './insights';
import { register as knowledge } from './knowledge';
import { register as log } from './log';
import { register as profile } from './profile';
import { register as report } from './report';
import { register as schedule } from './schedule';
import { register as search } from './search';
import { register as serve } from './serve';
import { register as session } from './session';
import { register as therapistPlan } from './therapist-plan';

/**
 * Each command lives in its own file and registers itself on the program, its help worded by `t` (the run's `cli`
 * catalog). Add one line per command.
 */
export const commands: ReadonlyArray<(program: Command, t: Translator) => void> = [
  check,
  assess,
  knowledge,
  search,
  session,
  serve,
  log,
  insights,
  exportJournal,
  importJournal,
  report,
  profile,
  schedule,
  therapistPlan,
];
