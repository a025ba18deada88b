import type { SessionCue } from '../../../core/plan/session';

let audio: AudioContext | null = null;

/** Create (or resume) the audio context; must first run inside a user gesture (the Start button). */
export function unlockAudio(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    audio = null;
  }
}

function playTone(frequency: number, durationMs: number, delayMs = 0): void {
  if (!audio) return;
  const start = audio.currentTime + delayMs / 1000;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + durationMs / 1000);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(start);
  oscillator.stop(start + durationMs / 1000 + 0.05);
}

function vibrate(pattern: number | number[]): void {
  if (typeof navigator.vibrate === 'function') navigator.vibrate(pattern);
}

/** Turn the session's cues into sound and vibration (nothing when muted). */
export function playCues(cues: readonly SessionCue[], muted: boolean): void {
  if (muted) return;
  for (const cue of cues) {
    switch (cue.type) {
      case 'countdown':
        playTone(660, 120);
        vibrate(40);
        break;
      case 'count':
        playTone(600, 80);
        vibrate(30);
        break;
      case 'step-start':
        playTone(880, 300);
        vibrate(150);
        break;
      case 'repetition':
        playTone(740, 150);
        vibrate(60);
        break;
      case 'step-end':
        playTone(520, 160);
        playTone(520, 160, 220);
        vibrate([80, 60, 80]);
        break;
      case 'finished':
        playTone(523, 200);
        playTone(659, 200, 200);
        playTone(784, 400, 400);
        vibrate([100, 80, 100, 80, 200]);
        break;
      case 'stopped':
        playTone(330, 500);
        vibrate(400);
        break;
      default:
        break;
    }
  }
}
