import type { StudyGroupListQuery } from '../../../../contracts/theory/study-group.schemas';
import type { Db } from '../../../platform/db/database';
import { containsPattern } from '../../../platform/db/like';
import type { Actor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { orgInScope, type ScopeKind } from '../../identity';
import '../theory.tables';

function base(db: Db) {
  return db
    .selectFrom('studyGroups as g')
    .innerJoin('orgs', 'orgs.id', 'g.orgId')
    .innerJoin('studyGroupLevelMinimums as lm', 'lm.level', 'g.level')
    .leftJoin('studyGroupMembers as s', (j) => j.onRef('s.groupId', '=', 'g.id').on('s.isSecretary', '=', true))
    .select([
      'g.id',
      'g.orgId',
      'orgs.name as orgName',
      'g.level',
      'g.name',
      'g.minimumOverride',
      'lm.minimum as levelMinimum',
      's.id as secretaryId',
      's.name as secretaryName',
      'g.active',
      'g.version',
      'g.updatedAt',
      (eb) =>
        eb
          .selectFrom('studyGroupMembers as m')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('m.groupId', '=', 'g.id')
          .where('m.active', '=', true)
          .as('memberCount'),
    ]);
}

/** A study group row as read for the API. */
export type StudyGroupRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

/** One study group owned within the actor's scope of `kind`. */
export function findStudyGroup(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<StudyGroupRow | undefined> {
  return base(db)
    .where('g.id', '=', id)
    .where((eb) => orgInScope(eb, eb.ref('g.orgId'), actor, kind))
    .executeTakeFirst();
}

/** A group the actor may change: NOT_FOUND outside the view, OUT_OF_SCOPE when only viewable. */
export async function studyGroupForChange(db: Db, actor: Actor, id: number): Promise<StudyGroupRow> {
  const row = await findStudyGroup(db, actor, 'entry', id);
  if (row) return row;
  if (await findStudyGroup(db, actor, 'view', id)) throw new AppError('COMMON_OUT_OF_SCOPE');
  throw new AppError('COMMON_NOT_FOUND');
}

/** A page of study groups in the actor's view, filtered, city committee first and then by level and org. */
export async function findStudyGroupPage(db: Db, actor: Actor, q: StudyGroupListQuery): Promise<{ rows: StudyGroupRow[]; total: number }> {
  let query = base(db).where((eb) => orgInScope(eb, eb.ref('g.orgId'), actor, 'view'));
  if (q.orgId !== undefined) {
    query = query.where('g.orgId', 'in', db.selectFrom('orgClosure').select('descendantId').where('ancestorId', '=', q.orgId).where('validTo', 'is', null));
  }
  if (q.level !== undefined) query = query.where('g.level', '=', q.level);
  if (q.active !== undefined) query = query.where('g.active', '=', q.active === 'true');
  if (q.q) query = query.where((eb) => eb.or([eb('g.name', 'ilike', containsPattern(q.q ?? '')), eb('orgs.name', 'ilike', containsPattern(q.q ?? ''))]));
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy((eb) =>
      eb
        .case()
        .when('g.level', '=', 'city_committee')
        .then(0)
        .when('g.level', '=', 'publicity_department')
        .then(1)
        .when('g.level', '=', 'county_committee')
        .then(2)
        .when('g.level', '=', 'agency')
        .then(3)
        .else(4)
        .end(),
    )
    .orderBy('orgs.code')
    .orderBy('g.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(counted.n) };
}

/** The members of a group, secretary first, then in the order they joined. */
export function findMembers(db: Db, groupId: number) {
  return db
    .selectFrom('studyGroupMembers')
    .select(['id', 'name', 'post', 'userId', 'isSecretary', 'active'])
    .where('groupId', '=', groupId)
    .orderBy('isSecretary', 'desc')
    .orderBy('active', 'desc')
    .orderBy('id')
    .execute();
}
