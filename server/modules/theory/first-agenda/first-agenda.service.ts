import type { Page } from '../../../../contracts/common/pagination';
import type {
  FirstAgendaCreate,
  FirstAgendaItem,
  FirstAgendaListQuery,
  FirstAgendaUpdate,
  FollowUpBoard,
  FollowUpQuery,
} from '../../../../contracts/theory/first-agenda.schemas';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { localDate } from '../../../platform/time';
import { assertOrgInScope, auditActorOf, orgInScope, recordAudit } from '../../identity';
import { type FollowedItem, followUps, owingGroups, totalsOf } from './first-agenda.follow-up';
import { type FirstAgendaRow, findItem, findItemPage } from './first-agenda.repository';
import type { TheoryDeps } from '../theory.deps';

function todayOf(deps: TheoryDeps): string {
  return localDate(new Date(), deps.activities.config.timezone);
}

function toItem(r: FirstAgendaRow, followUp: FirstAgendaItem['followUp']): FirstAgendaItem {
  return {
    id: r.id,
    org: { id: r.orgId, name: r.orgName },
    title: r.title,
    source: r.source,
    deliveredOn: r.deliveredOn,
    issuedOn: r.issuedOn,
    deadlineWorkingDays: r.deadlineWorkingDays,
    dueOn: r.dueOn,
    documents: r.documents,
    withdrawn: r.withdrawn,
    withdrawnReason: r.withdrawnReason,
    followUp,
    version: r.version,
  };
}

// The caller follows up the groups in their own view only, narrowed to one org's subtree when asked.
async function followUpsFor(deps: TheoryDeps, ctx: RequestContext, rows: readonly FirstAgendaRow[], orgId?: number) {
  const items: FollowedItem[] = rows.map((r) => ({ id: r.id, orgId: r.orgId, issuedOn: r.issuedOn, dueOn: r.dueOn }));
  const groups = await owingGroups(
    deps.db,
    items.map((i) => i.orgId),
    (q) => {
      let narrowed = q.where((eb) => orgInScope(eb, eb.ref('g.orgId'), ctx.actor, 'view'));
      if (orgId !== undefined) {
        narrowed = narrowed.where(
          'g.orgId',
          'in',
          deps.db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', orgId).where('validTo', 'is', null),
        );
      }
      return narrowed;
    },
  );
  return followUps(deps.db, deps.workCalendar, deps.activities.config.timezone, items, groups, todayOf(deps));
}

/** A page of the items in the caller's reach, each with its follow-up among the groups the caller looks after. */
export async function listFirstAgendaItems(deps: TheoryDeps, ctx: RequestContext, q: FirstAgendaListQuery): Promise<Page<FirstAgendaItem>> {
  const { rows, total } = await findItemPage(deps.db, ctx.actor, q);
  const follow = await followUpsFor(deps, ctx, rows);
  return { items: rows.map((r) => toItem(r, totalsOf(follow.get(r.id) ?? []))), total, page: q.page, pageSize: q.pageSize };
}

/** One item in the caller's reach with its follow-up board: per group, on time, late or not yet, and the days overdue. */
export async function followUpBoard(deps: TheoryDeps, ctx: RequestContext, id: number, q: FollowUpQuery): Promise<FollowUpBoard> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const row = await findItem(deps.db, ctx.actor, id);
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  const rows = (await followUpsFor(deps, ctx, [row], q.orgId)).get(id) ?? [];
  return {
    item: toItem(row, totalsOf(rows)),
    asOf: todayOf(deps),
    rows: q.state === undefined ? rows : rows.filter((r) => r.state === q.state),
  };
}

// The deadline is counted on the calendar as it stands when the item is written; one already past is refused.
async function dueOnOf(deps: TheoryDeps, issuedOn: string, days: number, path: string): Promise<string> {
  const dueOn = await deps.workCalendar.addWorkingDays(issuedOn, days);
  if (dueOn < todayOf(deps)) throw fieldError(path, 'THEORY_AGENDA_DEADLINE_PAST', { dueOn });
  return dueOn;
}

/** Publishes an item from an org in the caller's entry scope to every group beneath it; its deadline must lie ahead. */
export async function createFirstAgendaItem(deps: TheoryDeps, ctx: RequestContext, input: FirstAgendaCreate): Promise<FollowUpBoard> {
  const issuedOn = input.issuedOn ?? todayOf(deps);
  if (input.deliveredOn > issuedOn) throw fieldError('body.deliveredOn', 'THEORY_AGENDA_DELIVERED_LATER');
  const dueOn = await dueOnOf(deps, issuedOn, input.deadlineWorkingDays, 'body.deadlineWorkingDays');
  const id = await deps.db.transaction().execute(async (tx) => {
    await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
    const row = await tx
      .insertInto('firstAgendaItems')
      .values({
        orgId: input.orgId,
        title: input.title,
        source: input.source,
        deliveredOn: input.deliveredOn,
        issuedOn,
        deadlineWorkingDays: input.deadlineWorkingDays,
        dueOn,
        documents: JSON.stringify(input.documents),
        withdrawnReason: null,
        createdBy: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'first_agenda.create',
      targetType: 'first_agenda_item',
      targetId: row.id,
      summary: { orgId: input.orgId, title: input.title, issuedOn, dueOn },
    });
    return row.id;
  });
  return followUpBoard(deps, ctx, id, {});
}

/** Changes an item's title, documents or deadline (recounted from its issue, and still ahead), or withdraws it with a reason. */
export async function updateFirstAgendaItem(deps: TheoryDeps, ctx: RequestContext, id: number, input: FirstAgendaUpdate): Promise<FollowUpBoard> {
  const current = await findItem(deps.db, ctx.actor, id);
  if (!current) throw new AppError('COMMON_NOT_FOUND');
  await assertOrgInScope(deps.db, ctx.actor, 'entry', current.orgId);
  if (current.withdrawn) throw new AppError('THEORY_AGENDA_WITHDRAWN');
  if (current.version !== input.version) throw new AppError('THEORY_AGENDA_VERSION_CONFLICT', { current: current.version });
  const days = input.deadlineWorkingDays ?? current.deadlineWorkingDays;
  const dueOn = days === current.deadlineWorkingDays ? current.dueOn : await dueOnOf(deps, current.issuedOn, days, 'body.deadlineWorkingDays');
  const changes = {
    title: input.title ?? current.title,
    documents: input.documents ?? current.documents,
    deadlineWorkingDays: days,
    dueOn,
    withdrawn: input.withdrawnReason !== undefined,
    withdrawnReason: input.withdrawnReason ?? null,
  };
  await deps.db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('firstAgendaItems')
      .set({ ...changes, documents: JSON.stringify(changes.documents), version: current.version + 1, updatedAt: new Date() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new AppError('THEORY_AGENDA_VERSION_CONFLICT', { current: current.version + 1 });
    await recordAudit(tx, auditActorOf(ctx), {
      action: changes.withdrawn ? 'first_agenda.withdraw' : 'first_agenda.update',
      targetType: 'first_agenda_item',
      targetId: id,
      summary: changes,
    });
  });
  return followUpBoard(deps, ctx, id, {});
}
