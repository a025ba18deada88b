/** `knead search` and `knead knowledge` in the run's language (decision 0034). */
import { describe, expect, it } from 'vitest';
import { runKnead } from '../run-cli';

describe('knead search and knead knowledge in the user’s language', () => {
  it('searches the Spanish topics for a Spanish question with --lang es', () => {
    const { status, stdout } = runKnead(['--lang', 'es', 'search', '¿cuánto dura un calambre?']);
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe('1. Cuánto debe durar un espasmo (duration)');
  });

  it('follows LANG for the text output, but keeps --json in en-GB unless --lang asks', () => {
    const german = runKnead(['search', 'Wärme oder Kälte'], undefined, { LANG: 'de_DE.UTF-8' });
    expect(german.stdout.split('\n')[0]).toBe('1. Wärme oder Kälte (heat-cold)');
    const plain = runKnead(['search', 'heat or cold', '--json']);
    const withLang = runKnead(['search', 'heat or cold', '--json'], undefined, { LANG: 'de_DE.UTF-8' });
    expect(withLang.stdout).toBe(plain.stdout);
    const asked = runKnead(['--lang', 'de', 'search', 'Wärme oder Kälte', '--json']);
    expect((JSON.parse(asked.stdout) as { title: string }[])[0]?.title).toBe('Wärme oder Kälte');
  });

  it('says "no topic" in the run’s language', () => {
    const { stdout } = runKnead(['--lang', 'de', 'search', 'xyzzy']);
    expect(stdout.trim()).toBe(
      'Kein Thema passt zu dieser Frage. Versuchen Sie andere Wörter, oder stöbern Sie mit `knead knowledge`.',
    );
  });

  it('prints the knowledge base in German with German care services, ids and sources unchanged', () => {
    const { status, stdout } = runKnead(['--lang', 'de', 'knowledge', '--json']);
    expect(status).toBe(0);
    const kb = JSON.parse(stdout) as { causes: { id: string; title: string; source: string }[] };
    expect(kb.causes[0]).toMatchObject({
      id: 'cause-dehydration',
      title: 'Flüssigkeitsmangel',
      source: 'article:causes',
    });
    const text = runKnead(['--lang', 'es', '--country', 'GB', 'knowledge', '--topic', 'warning-signs']);
    expect(text.stdout).toContain('llama al 999');
  });
});
