import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Memory } from '../../core/questionnaire/answers';
import { HistorySchema } from '../../core/situation';

/** What `knead check` remembers between runs, so age and history are asked once. */
const SettingsSchema = z.object({
  age: z.number().int().min(0).max(120).optional(),
  history: z.optional(HistorySchema),
});

/** $KNEAD_CONFIG_DIR, else $XDG_CONFIG_HOME/knead, else ~/.config/knead (settings.json inside). */
export function settingsPath(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.KNEAD_CONFIG_DIR || join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'knead');
  return join(dir, 'settings.json');
}

/** The remembered answers; nothing when the file is missing or unreadable (then they are asked again). */
export async function readMemory(path = settingsPath()): Promise<Memory> {
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success) return {};
    const memory: Memory = {};
    if (parsed.data.age !== undefined) memory.age = parsed.data.age;
    if (parsed.data.history) memory.history = parsed.data.history;
    return memory;
  } catch {
    return {};
  }
}

/** Save the remembered answers (written to a temporary file first, so a crash never leaves half a file). */
export async function writeMemory(memory: Memory, path = settingsPath()): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(memory, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}
