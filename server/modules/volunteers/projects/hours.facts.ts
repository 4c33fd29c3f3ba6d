import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/database';
import { localDate } from '../../../platform/time';
import { type FactInput, reverseFacts, writeFacts } from '../../stats';
import { hoursValue } from './hours';
import './checkin.tables';

/**
 * Replaces the spine's facts of a completed slot with what its rows now say: one service activity, the volunteers'
 * hours and the people served, owned by the project's org on the slot's local date. Reversing first makes a correction
 * replace the figures instead of adding to them; the first completion has nothing to reverse.
 */
export async function writeSlotFacts(tx: Transaction<Database>, timezone: string, slotId: number): Promise<void> {
  const slot = await tx
    .selectFrom('slotCompletions as c')
    .innerJoin('projectSlots as sl', 'sl.id', 'c.slotId')
    .innerJoin('serviceProjects as p', 'p.id', 'sl.projectId')
    .select(['p.orgId', 'sl.startsAt', 'c.peopleServed'])
    .where('c.slotId', '=', slotId)
    .executeTakeFirstOrThrow();
  const total = await tx
    .selectFrom('serviceHours')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('minutes'), eb.val('0')).as('minutes'))
    .where('slotId', '=', slotId)
    .executeTakeFirstOrThrow();
  const source = { sourceModule: 'volunteers', sourceType: 'slot', sourceId: String(slotId) };
  await reverseFacts(tx, source);
  const base = { ...source, orgId: slot.orgId, factDate: localDate(new Date(slot.startsAt), timezone) };
  const hours = hoursValue(Number(total.minutes));
  const facts: FactInput[] = [{ ...base, measure: 'service_activities', value: 1 }];
  if (hours > 0) facts.push({ ...base, measure: 'volunteer_hours', value: hours });
  if (slot.peopleServed > 0) facts.push({ ...base, measure: 'people_served', value: slot.peopleServed });
  await writeFacts(tx, facts);
}
