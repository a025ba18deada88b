/** The words of the guided session's cues: spoken in the browser, captioned, and printed with the terminal bell. */
export const CUE_WORDS = {
  getReady: 'Get ready',
  release: 'Release',
  next: (title: string) => `Next: ${title}`,
  hold: (repetition: number, total: number) => `Hold ${repetition} of ${total}`,
  complete: 'Session complete',
} as const;
