import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { FirstAgendaDocument, FirstAgendaListQuery, FirstAgendaSource } from '../../../../contracts/theory/first-agenda.schemas';
import type { Database, Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/http/actor';
import { containsPattern } from '../../../platform/db/like';
import '../theory.tables';

/** An item as read, with its publisher's name. */
export interface FirstAgendaRow {
  id: number;
  orgId: number;
  orgName: string;
  title: string;
  source: FirstAgendaSource;
  deliveredOn: string;
  issuedOn: string;
  deadlineWorkingDays: number;
  dueOn: string;
  documents: FirstAgendaDocument[];
  withdrawn: boolean;
  withdrawnReason: string | null;
  version: number;
}

function itemsQuery(db: Db) {
  return db
    .selectFrom('firstAgendaItems as i')
    .innerJoin('orgs as o', 'o.id', 'i.orgId')
    .select([
      'i.id',
      'i.orgId',
      'o.name as orgName',
      'i.title',
      'i.source',
      'i.deliveredOn',
      'i.issuedOn',
      'i.deadlineWorkingDays',
      'i.dueOn',
      'i.documents',
      'i.withdrawn',
      'i.withdrawnReason',
      'i.version',
    ]);
}

/**
 * Whether the caller can see an item: one published within their view, or above it, since the groups they look after
 * owe it their study. Changing one needs the publisher in the entry scope instead.
 */
function inReach(eb: ExpressionBuilder<Database & { i: Database['firstAgendaItems'] }, 'i'>, actor: Actor): ReturnType<typeof sql<SqlBool>> {
  const roots = actor.viewRoots;
  if (roots.length === 0) return sql<SqlBool>`false`;
  const list = sql.join(roots);
  return sql<SqlBool>`(${eb.ref('i.orgId')} in (select c.descendant_id from org_closure c where c.valid_to is null and c.ancestor_id in (${list}))
    or ${eb.ref('i.orgId')} in (select c.ancestor_id from org_closure c where c.valid_to is null and c.descendant_id in (${list})))`;
}

/** A page of the items in the caller's reach, newest issue first. */
export async function findItemPage(db: Db, actor: Actor, q: FirstAgendaListQuery): Promise<{ rows: FirstAgendaRow[]; total: number }> {
  let base = db.selectFrom('firstAgendaItems as i').where((eb) => inReach(eb, actor));
  if (q.year !== undefined) base = base.where('i.issuedOn', '>=', `${q.year}-01-01`).where('i.issuedOn', '<=', `${q.year}-12-31`);
  if (q.source !== undefined) base = base.where('i.source', '=', q.source);
  if (q.q) base = base.where('i.title', 'like', containsPattern(q.q));
  if (q.withdrawn !== undefined) base = base.where('i.withdrawn', '=', q.withdrawn === 'true');
  const ids = base.select('i.id');
  const [rows, total] = await Promise.all([
    itemsQuery(db)
      .where('i.id', 'in', ids)
      .orderBy('i.issuedOn', 'desc')
      .orderBy('i.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** One item in the caller's reach. */
export function findItem(db: Db, actor: Actor, id: number): Promise<FirstAgendaRow | undefined> {
  return itemsQuery(db)
    .where('i.id', '=', id)
    .where((eb) => inReach(eb, actor))
    .executeTakeFirst();
}

/** Every item still open on `today` (not withdrawn, deadline not passed), for the reminders. */
export function findOpenItems(db: Db, today: string): Promise<FirstAgendaRow[]> {
  return itemsQuery(db).where('i.withdrawn', '=', false).where('i.dueOn', '>=', today).where('i.issuedOn', '<=', today).execute();
}
