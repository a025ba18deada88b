/** The patient profile (details for the clinician's report) in the database: one row per user. */
import { eq } from 'drizzle-orm';
import type { PatientProfile } from '../core/patient-profile';
import type { ProfileRepository } from '../core/repositories';
import type { Database } from './database';
import { patientProfiles } from './schema';

function toProfile(row: typeof patientProfiles.$inferSelect): PatientProfile {
  return {
    ...(row.displayName ? { displayName: row.displayName } : {}),
    ...(row.dateOfBirth ? { dateOfBirth: row.dateOfBirth } : {}),
    ...(row.identifier ? { identifier: row.identifier } : {}),
  };
}

/** Replaces the user's profile (a field left out is cleared); `db` may be a transaction (a backup's import). */
export async function upsertProfile(db: Database, userId: string, profile: PatientProfile): Promise<PatientProfile> {
  const values = {
    displayName: profile.displayName ?? null,
    dateOfBirth: profile.dateOfBirth ?? null,
    identifier: profile.identifier ?? null,
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(patientProfiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: patientProfiles.userId, set: values })
    .returning();
  if (!row) throw new Error('profile upsert returned no row');
  return toProfile(row);
}

export function createProfileStore(db: Database): ProfileRepository {
  return {
    async get(userId) {
      const [row] = await db.select().from(patientProfiles).where(eq(patientProfiles.userId, userId));
      return row ? toProfile(row) : null;
    },
    save: (userId, profile) => upsertProfile(db, userId, profile),
    async deleteAll(userId) {
      await db.delete(patientProfiles).where(eq(patientProfiles.userId, userId));
    },
  };
}
