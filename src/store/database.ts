import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** Either driver's drizzle database: PGlite and node-postgres share the pg-core query builder. */
export type Database = PgDatabase<PgQueryResultHKT>;
