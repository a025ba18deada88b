import { describe, expect, it } from 'vitest';
import { carePlaceOf, readSettings } from './settings';

describe('settings as stored', () => {
  it('takes the country from the browser until one is chosen, with that country’s number', () => {
    const settings = readSettings({}, 'GB');
    expect(settings.country).toBe('GB');
    expect(settings.emergencyNumber).toBeNull();
    expect(carePlaceOf(settings)).toEqual({ country: 'GB' });
  });

  it('reads the old default 112, saved with every change before countries existed, as "no choice"', () => {
    expect(readSettings({ emergencyNumber: '112', theme: 'dark' }, 'US').emergencyNumber).toBeNull();
    expect(readSettings({ emergencyNumber: '000' }, 'US').emergencyNumber).toBe('000');
    // Chosen after countries existed: a real choice.
    expect(readSettings({ emergencyNumber: '112', country: 'US' }, 'GB').emergencyNumber).toBe('112');
  });

  it('falls back to defaults for values it does not know', () => {
    const settings = readSettings({ country: 'XX' as never, textSize: 'huge' as never }, 'DE');
    expect(settings.country).toBe('DE');
    expect(settings.textSize).toBe('standard');
  });
});
