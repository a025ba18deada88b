/** The bounds of the report profile, apart from its zod schema so the web form can use them without loading zod. */
export const PROFILE_LIMITS = { displayName: 100, identifier: 40, earliestBirth: '1900-01-01' } as const;
