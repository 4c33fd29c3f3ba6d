import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import './checkin.tables';
import './projects.tables';

/** The first key of the advisory locks that keep a slot's scans and its completion apart. */
const SCANS_LOCK = 4_210_001;

/**
 * Keeps a slot's scans and its completion apart for the rest of the caller's transaction: scans share the lock, so a
 * thousand volunteers of one slot never wait for each other, while completion takes it alone and waits for scans in
 * flight. An advisory lock writes nothing to the slot's row, where a shared row lock per scan would (a multixact each).
 */
export async function lockSlotScans(db: Db, slotId: number, mode: 'scan' | 'complete'): Promise<void> {
  if (mode === 'scan') await sql`select pg_advisory_xact_lock_shared(${SCANS_LOCK}, ${slotId})`.execute(db);
  else await sql`select pg_advisory_xact_lock(${SCANS_LOCK}, ${slotId})`.execute(db);
}

/** A slot with its project's title and org, held against completion for as long as the caller's transaction runs. */
export async function slotForCheckin(db: Db, slotId: number) {
  await lockSlotScans(db, slotId, 'scan');
  return db
    .selectFrom('projectSlots as sl')
    .innerJoin('serviceProjects as p', 'p.id', 'sl.projectId')
    .select(['sl.id', 'sl.projectId', 'sl.startsAt', 'sl.endsAt', 'p.title', 'p.orgId'])
    .where('sl.id', '=', slotId)
    .executeTakeFirst();
}

/** Whether a slot has been completed. */
export async function isCompleted(db: Db, slotId: number): Promise<boolean> {
  return (await db.selectFrom('slotCompletions').select('slotId').where('slotId', '=', slotId).executeTakeFirst()) !== undefined;
}

/** Whether the volunteer holds a confirmed place (not a waiting one) in the slot. */
export async function hasConfirmedPlace(db: Db, slotId: number, volunteerId: number): Promise<boolean> {
  const row = await db
    .selectFrom('slotSignups')
    .select('id')
    .where('slotId', '=', slotId)
    .where('volunteerId', '=', volunteerId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  return row !== undefined;
}

/** The geofence in force for a slot: its own, else its project's, centred on its point or else the project's venue. */
export async function geofenceOf(db: Db, projectId: number, slotId: number): Promise<{ radiusM: number; centre: [number, number] | null } | undefined> {
  const rows = await db
    .selectFrom('checkinGeofences as g')
    .innerJoin('serviceProjects as p', 'p.id', 'g.projectId')
    .leftJoin('venues as v', 'v.id', 'p.venueId')
    .select(['g.slotId', 'g.radiusM', 'g.lng', 'g.lat', 'v.lng as venueLng', 'v.lat as venueLat'])
    .where('g.projectId', '=', projectId)
    .where((eb) => eb.or([eb('g.slotId', '=', slotId), eb('g.slotId', 'is', null)]))
    .execute();
  const row = rows.find((r) => r.slotId === slotId) ?? rows[0];
  if (!row) return undefined;
  const lng = row.lng ?? row.venueLng;
  const lat = row.lat ?? row.venueLat;
  return { radiusM: row.radiusM, centre: lng !== null && lat !== null ? [lng, lat] : null };
}

/** A volunteer's sign-in row at a slot, locked for the sign-out that changes it. */
export function checkinForUpdate(db: Db, slotId: number, volunteerId: number) {
  return db.selectFrom('volunteerCheckins').selectAll().where('slotId', '=', slotId).where('volunteerId', '=', volunteerId).forUpdate().executeTakeFirst();
}

/** Every confirmed volunteer of a slot with their sign-in and sign-out, if any. */
export function confirmedWithCheckins(db: Db, slotId: number) {
  return db
    .selectFrom('slotSignups as s')
    .innerJoin('volunteers as v', 'v.id', 's.volunteerId')
    .leftJoin('volunteerCheckins as c', (j) => j.onRef('c.slotId', '=', 's.slotId').onRef('c.volunteerId', '=', 's.volunteerId'))
    .select(['s.volunteerId', 'v.volunteerNo', 'v.name', 'c.signedInAt', 'c.signedOutAt'])
    .where('s.slotId', '=', slotId)
    .where('s.status', '=', 'confirmed')
    .orderBy('s.signedUpAt')
    .orderBy('s.id')
    .execute();
}
