/** The language of the real `knead` binary: --lang, LANG, and the stable JSON interface (decision 0032). */
import { describe, expect, it } from 'vitest';
import { assessSituation } from '../../core/assess/assess-situation';
import { SituationSchema } from '../../core/situation';
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

  it('prints the engine’s en-GB Assessment byte for byte when no language is asked for (decision 0040)', () => {
    const engine = `${JSON.stringify(assessSituation(SituationSchema.parse(JSON.parse(CALF))), null, 2)}\n`;
    for (const env of [{}, { LANG: 'de_DE.UTF-8' }, { LANG: 'es_ES.UTF-8' }, { LANG: 'en_US.UTF-8' }]) {
      const { status, stdout } = runKnead(['assess', '--json'], CALF, env);
      expect(status).toBe(0);
      expect(stdout).toBe(engine);
    }
  });

  it('writes invalid input’s lines in the run’s language, naming the same fields and allowed ids', () => {
    const bad = '{"region":"calff","intensity":11}';
    const english = runKnead(['assess'], bad);
    const german = runKnead(['assess'], bad, { LANG: 'de_DE.UTF-8' });
    expect([english.status, german.status]).toEqual([2, 2]);
    expect(english.stderr).toMatch(/^region: "calff" is not allowed; one of neck, /m);
    expect(german.stderr).toMatch(/^region: "calff" ist nicht erlaubt; eines von neck, /m);
    expect(german.stderr).toContain('intensity: darf höchstens 10 sein (erhalten 11)');
    const usage = runKnead(['--lang', 'es', 'lgo']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("error: orden desconocida 'lgo'");
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

  it('searches the knowledge in the run’s language; search --json stays English under LANG', () => {
    const spanish = runKnead(['search', '--lang', 'es', 'cuánto dura un calambre']);
    expect(spanish.status).toBe(0);
    expect(spanish.stdout).toMatch(/^1\. .*\(duration\)$/m);
    expect(spanish.stdout).toContain('calambre');
    const json = runKnead(['search', '--json', 'how long does a cramp last'], '', { LANG: 'de_DE.UTF-8' });
    expect(json.stdout).toBe(runKnead(['search', '--json', 'how long does a cramp last']).stdout);
  });

  it.each(['de', 'es', 'en-XA'])(
    '%s: every verdict screen fits 80 columns (the pseudo-locale is 40 %% longer)',
    (lang) => {
      for (const situation of [
        '{"region":"calf","signs":["chest-pain"]}',
        '{"region":"lower-back","presentation":"tightness","durationMinutes":1440,"age":70}',
        '{"region":"thigh-back","ongoing":true}',
      ]) {
        const { status, stdout } = runKnead(['assess', '--lang', lang], situation);
        expect(status).toBe(0);
        for (const line of stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
      }
    },
  );
});
