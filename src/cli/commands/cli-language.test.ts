/** The language of the real `knead` binary: --lang, LANG, and the stable JSON interface (decision 0032). */
import { describe, expect, it } from 'vitest';
import { runKnead } from '../run-cli';

const CALF = '{"region":"calf","ongoing":true,"durationMinutes":3}';

describe('knead in the user’s language', () => {
  it('keeps `assess --json` byte-identical whatever LANG says; only --lang changes it', () => {
    const plain = runKnead(['assess', '--json'], CALF);
    const german = runKnead(['assess', '--json'], CALF, { LANG: 'de_DE.UTF-8' });
    const spanish = runKnead(['assess', '--json'], CALF, { LC_ALL: 'es_ES.UTF-8' });
    expect(plain.status).toBe(0);
    expect(german.stdout).toBe(plain.stdout);
    expect(spanish.stdout).toBe(plain.stdout);
    const asked = runKnead(['assess', '--json', '--lang', 'de'], CALF);
    expect(asked.status).toBe(0);
    expect(JSON.parse(asked.stdout).care).toBe(JSON.parse(plain.stdout).care);
  });

  it('writes the verdict screen in German from LANG, and in Spanish from --lang', () => {
    const german = runKnead(['assess'], CALF, { LANG: 'de_DE.UTF-8' });
    expect(german.status).toBe(0);
    expect(german.stdout).toContain('Warum');
    expect(german.stdout).toContain('Jetzt vermeiden');
    expect(german.stdout).not.toMatch(/^Why$/m);
    const spanish = runKnead(['--lang', 'es', 'assess'], CALF);
    expect(spanish.stdout).toContain('Por qué');
    expect(spanish.stdout).toContain('Busca ayuda médica si');
    for (const line of spanish.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('uses the country’s emergency number: 112 in Germany, 911 in the US', () => {
    const chest = '{"region":"calf","signs":["chest-pain"]}';
    expect(runKnead(['assess', '--lang', 'de'], chest).stdout).toContain('112');
    expect(runKnead(['assess', '--country', 'US'], chest).stdout).toContain('911');
  });

  it('refuses an unknown --lang with exit 2 and one line naming the flag', () => {
    const result = runKnead(['assess', '--lang', 'fr'], CALF);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(/^--lang: "fr" is not a language Knead speaks; choose en-GB, en-US, es, de/);
  });

  it('runs a plain session transcript in Spanish', () => {
    const result = runKnead(
      ['session', '--region', 'calf', '--intensity', '5', '--speed', '2000', '--quiet', '--lang', 'es'],
      '',
    );
    expect(result.stdout).toContain('Sesión guiada de Knead');
    expect(result.stdout).toMatch(/Paso 1 de \d+/);
    expect(result.stdout).toContain('luego calor');
    expect(result.stdout).toContain('Dolor antes: 5 / 10, según tus respuestas.');
    expect(result.stdout).toContain('Resumen de la sesión');
  });
});
