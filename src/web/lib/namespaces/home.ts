/**
 * The home page's messages: loaded per locale with the shell before the first paint of `/` (lib/i18n.tsx), so
 * a shared verdict link does not carry them.
 */
export const HOME = 'web-home' as const;
