import { sql } from 'kysely';
import type { FollowUpRow, FollowUpState, FollowUpTotals } from '../../../../contracts/theory/first-agenda.schemas';
import type { StudyGroupLevel } from '../../../../contracts/theory/study-group.schemas';
import type { Db } from '../../../platform/db/database';
import type { WorkCalendar } from '../../calendar';
import '../theory.tables';

/** An item as the follow-up reads it. */
export interface FollowedItem {
  id: number;
  orgId: number;
  issuedOn: string;
  dueOn: string;
}

/** A group that owes an item its study. */
export interface OwingGroup {
  id: number;
  name: string;
  level: StudyGroupLevel;
  orgId: number;
  orgName: string;
}

interface Studied {
  activityId: number;
  orgId: number;
  groupId: number | null;
  on: string;
  approved: boolean;
}

/** The active groups beneath each item's publisher that also pass `narrow` (the caller's scope, an org filter). */
export async function owingGroups(
  db: Db,
  publisherIds: readonly number[],
  narrow: (q: ReturnType<typeof groupsQuery>) => ReturnType<typeof groupsQuery>,
): Promise<Map<number, OwingGroup[]>> {
  const out = new Map<number, OwingGroup[]>();
  if (publisherIds.length === 0) return out;
  const rows = await narrow(groupsQuery(db)).where('c.ancestorId', 'in', [...new Set(publisherIds)]).execute();
  for (const r of rows) {
    const list = out.get(r.publisherId) ?? [];
    list.push({ id: r.id, name: r.name, level: r.level, orgId: r.orgId, orgName: r.orgName });
    out.set(r.publisherId, list);
  }
  return out;
}

/** The query of active groups with the publishers above them, for `owingGroups` to narrow. */
export function groupsQuery(db: Db) {
  return db
    .selectFrom('studyGroups as g')
    .innerJoin('orgs as o', 'o.id', 'g.orgId')
    .innerJoin('orgClosure as c', 'c.descendantId', 'g.orgId')
    .select(['g.id', 'g.name', 'g.level', 'g.orgId', 'o.name as orgName', 'c.ancestorId as publisherId'])
    .where('c.validTo', 'is', null)
    .where('g.active', '=', true)
    .orderBy('o.code')
    .orderBy('g.id');
}

/** The submitted and approved records tagged with each item, dated on or after its issue, earliest first. */
async function studiedRecords(db: Db, items: readonly FollowedItem[], timezone: string): Promise<Map<number, Studied[]>> {
  const out = new Map<number, Studied[]>();
  if (items.length === 0) return out;
  const rows = await sql<{ itemId: number; activityId: number; orgId: number; groupId: number | null; on: string; approved: boolean }>`
    select (a.refs -> 'first_agenda_item' ->> 'id')::int as "itemId", a.id as "activityId", a.org_id as "orgId",
      (a.refs -> 'study_group' ->> 'id')::int as "groupId",
      to_char((a.starts_at at time zone ${timezone})::date, 'YYYY-MM-DD') as "on",
      a.status = 'approved' as approved
    from activities a
    where a.refs ? 'first_agenda_item'
      and (a.refs -> 'first_agenda_item' ->> 'id')::int = any(${items.map((i) => i.id)}::int[])
      and a.status in ('submitted', 'approved')
    order by a.starts_at, a.id`.execute(db);
  const issued = new Map(items.map((i) => [i.id, i.issuedOn]));
  for (const r of rows.rows) {
    if (r.on < (issued.get(r.itemId) ?? '')) continue;
    const list = out.get(r.itemId) ?? [];
    list.push(r);
    out.set(r.itemId, list);
  }
  return out;
}

// A session names its group; a Party meeting names none and counts for the groups of the org that met.
function firstFor(group: OwingGroup, records: readonly Studied[]): Studied | undefined {
  return records.find((r) => r.groupId === group.id || (r.groupId === null && r.orgId === group.orgId));
}

const STATE_ORDER: Record<FollowUpState, number> = { not_yet: 0, late: 1, on_time: 2 };

/** Each owing group's follow-up of each item as of `today`: not yet first (longest overdue first), then late, then on time. */
export async function followUps(
  db: Db,
  calendar: WorkCalendar,
  timezone: string,
  items: readonly FollowedItem[],
  groups: Map<number, OwingGroup[]>,
  today: string,
): Promise<Map<number, FollowUpRow[]>> {
  const studied = await studiedRecords(db, items, timezone);
  const out = new Map<number, FollowUpRow[]>();
  for (const item of items) {
    const records = studied.get(item.id) ?? [];
    const rows: FollowUpRow[] = [];
    for (const g of groups.get(item.orgId) ?? []) {
      const first = firstFor(g, records);
      const until = first?.on ?? today;
      const state: FollowUpState = first === undefined ? 'not_yet' : first.on <= item.dueOn ? 'on_time' : 'late';
      const daysOverdue = until > item.dueOn ? await calendar.workingDaysBetween(item.dueOn, until) : 0;
      rows.push({
        group: { id: g.id, name: g.name, level: g.level },
        org: { id: g.orgId, name: g.orgName },
        state,
        studied: first ? { activityId: first.activityId, on: first.on, approved: first.approved } : null,
        daysOverdue,
      });
    }
    rows.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.daysOverdue - a.daysOverdue);
    out.set(item.id, rows);
  }
  return out;
}

/** Counts of a follow-up by state. */
export function totalsOf(rows: readonly FollowUpRow[]): FollowUpTotals {
  const count = (s: FollowUpState) => rows.filter((r) => r.state === s).length;
  return { groups: rows.length, onTime: count('on_time'), late: count('late'), notYet: count('not_yet') };
}
