import type { SpokenCue } from '../../../core/plan/cues';

/** The browser's speech synthesis, or null where there is none (then cues are captions only). */
function findSynth(): SpeechSynthesis | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  if (typeof window.SpeechSynthesisUtterance !== 'function') return null;
  return window.speechSynthesis ?? null;
}

/** Say the cues aloud, in order; a count that would lag behind the clock replaces the backlog. */
export function speakCues(cues: readonly SpokenCue[]): void {
  const synth = findSynth();
  if (!synth || cues.length === 0) return;
  try {
    if (cues[0]?.kind === 'count' && (synth.speaking || synth.pending)) synth.cancel();
    for (const cue of cues) {
      const utterance = new SpeechSynthesisUtterance(cue.text);
      utterance.lang = document.documentElement.lang || 'en';
      synth.speak(utterance);
    }
  } catch {
    // A browser that refuses to speak still shows the captions.
  }
}

/** Stop speaking now (pause, stop, leaving the page, or spoken cues turned off). */
export function cancelSpeech(): void {
  try {
    findSynth()?.cancel();
  } catch {
    // Nothing to cancel.
  }
}
