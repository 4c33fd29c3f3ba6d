import { sql } from 'kysely';
import type { Project } from '../../../../contracts/volunteers/project.schemas';
import type { Volunteer } from '../../../../contracts/volunteers/volunteer.schemas';
import type { TestClient } from '../../../test/harness';
import { testConfig } from '../../../test/harness';
import { CheckinTokens } from './checkin.token';
import { residentId, type VolunteersWorld } from '../volunteers.test-fixture';
import './checkin.tables';
import '../points/points.tables';

let seq = 500;

/** Tokens signed with the test key, to make old ones that the API would no longer hand out. */
export const testTokens = new CheckinTokens(testConfig().hashKey);

/** Registers a volunteer of county A's village through the API. */
export async function registerVolunteer(w: VolunteersWorld, name: string): Promise<Volunteer> {
  seq += 1;
  const res = await w.clerkA.request({
    method: 'POST',
    url: '/api/volunteers',
    body: {
      name,
      idType: 'resident_id',
      idNumber: residentId('19880808', seq),
      phone: `1370000${String(seq).padStart(4, '0')}`,
      homeOrgId: w.tree.villageA,
      consent: true,
      consentVersion: '2026-1',
    },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json() as Volunteer;
}

/** An open practice station of county A's village at a known point. */
export async function addVenue(w: VolunteersWorld, lng: number, lat: number): Promise<number> {
  const user = await w.tdb.db.selectFrom('users').select('id').where('username', '=', 'clerk_a').executeTakeFirstOrThrow();
  const row = await w.tdb.db
    .insertInto('venues')
    .values({
      kindCode: 'practice_station',
      orgId: w.tree.villageA,
      name: `实践站${lng}`,
      address: '甲一路1号',
      lng,
      lat,
      openingHours: null,
      capacity: 80,
      managerName: null,
      managerPhoneEnc: null,
      managerPhoneHash: null,
      status: 'open',
      openedOn: '2020-01-01',
      closedOn: null,
      fields: '{}',
      createdBy: user.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A project of county A's village with one slot, the volunteers signed up for it (the last `waiting` of them on the
 * waiting list), and the slot then moved to run around the present so they can check in.
 */
export async function runningSlot(
  w: VolunteersWorld,
  title: string,
  volunteers: Volunteer[],
  opts: { waiting?: number; venueId?: number } = {},
): Promise<{ project: Project; slotId: number }> {
  const waiting = opts.waiting ?? 0;
  const res = await w.clerkA.request({
    method: 'POST',
    url: '/api/volunteer-projects',
    body: {
      orgId: w.tree.villageA,
      title,
      category: 'environment',
      ...(opts.venueId ? { venueId: opts.venueId } : {}),
      slots: [{ startsAt: '2099-03-01T09:00:00+08:00', endsAt: '2099-03-01T11:00:00+08:00', headcount: Math.max(1, volunteers.length - waiting) }],
    },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  const project = res.json() as Project;
  const slotId = project.slots[0]?.id as number;
  for (const v of volunteers) {
    const signed = await w.clerkA.request({
      method: 'POST',
      url: `/api/volunteer-projects/${project.id}/slots/${slotId}/signups`,
      body: { volunteerId: v.id, waitlist: true },
    });
    if (signed.statusCode !== 200) throw new Error(signed.body);
  }
  await w.tdb.db
    .updateTable('projectSlots')
    .set({ startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) })
    .where('id', '=', slotId)
    .execute();
  return { project, slotId };
}

/** Moves a slot to fixed past times, as if it had run then. */
export async function moveSlot(w: VolunteersWorld, slotId: number, startsAt: string, endsAt: string): Promise<void> {
  await w.tdb.db.updateTable('projectSlots').set({ startsAt, endsAt }).where('id', '=', slotId).execute();
}

/** Sets a volunteer's recorded sign-in and sign-out, as if the scans had been made then. */
export async function setScans(w: VolunteersWorld, slotId: number, volunteerId: number, signedInAt: string, signedOutAt: string | null): Promise<void> {
  await w.tdb.db
    .updateTable('volunteerCheckins')
    .set({ signedInAt: new Date(signedInAt), signedOutAt: signedOutAt ? new Date(signedOutAt) : null })
    .where('slotId', '=', slotId)
    .where('volunteerId', '=', volunteerId)
    .execute();
}

/** The organiser's current QR token of a slot. */
export async function qrOf(client: TestClient, projectId: number, slotId: number, kind: 'in' | 'out'): Promise<string> {
  const res = await client.request({ method: 'GET', url: `/api/volunteer-projects/${projectId}/slots/${slotId}/qr`, query: { kind } });
  if (res.statusCode !== 200) throw new Error(res.body);
  return (res.json() as { token: string }).token;
}

/** A scan of a token from a volunteer's phone. */
export function scan(client: TestClient, token: string, at?: [number, number]) {
  return client.request({ method: 'POST', url: '/api/volunteer-checkins', body: { token, ...(at ? { lng: at[0], lat: at[1] } : {}) } });
}

/** An md5 of every row the check-in, hours, points and rewards tables hold, to show a refused request changed nothing. */
export async function checkinState(w: VolunteersWorld): Promise<string> {
  const tables = [
    'volunteer_checkins',
    'slot_completions',
    'service_hours',
    'hour_corrections',
    'points_balances',
    'points_ledger',
    'reward_items',
    'reward_redemptions',
    'stat_facts',
    'stat_rollups',
    'checkin_geofences',
  ];
  const parts = tables.map((t) => sql`select ${t}::text as name, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${sql.table(t)} x`);
  const { rows } = await sql<{ name: string; h: string }>`${sql.join(parts, sql` union all `)}`.execute(w.tdb.db);
  return rows.map((r) => `${r.name}:${r.h}`).join(' ');
}
