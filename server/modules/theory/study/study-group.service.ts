import type { Page } from '../../../../contracts/common/pagination';
import type {
  StudyGroup,
  StudyGroupCreate,
  StudyGroupDetail,
  StudyGroupListQuery,
  StudyGroupMemberUpdate,
  StudyGroupMemberWrite,
  StudyGroupUpdate,
} from '../../../../contracts/theory/study-group.schemas';
import type { Db } from '../../../platform/db/database';
import { isUniqueViolation } from '../../../platform/db/errors';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { auditActorOf, assertOrgInScope, recordAudit } from '../../identity';
import { findMembers, findStudyGroup, findStudyGroupPage, type StudyGroupRow, studyGroupForChange } from './study-group.repository';
import { assertLinkedUserInScope } from '../linked-user';
import type { TheoryDeps } from '../theory.deps';

function toGroup(r: StudyGroupRow): StudyGroup {
  return {
    id: r.id,
    org: { id: r.orgId, name: r.orgName },
    level: r.level,
    name: r.name,
    yearlyMinimum: r.minimumOverride ?? r.levelMinimum,
    minimumOverride: r.minimumOverride,
    secretary: r.secretaryId !== null && r.secretaryName !== null ? { id: r.secretaryId, name: r.secretaryName } : null,
    memberCount: Number(r.memberCount ?? 0),
    active: r.active,
    version: r.version,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

function nameTaken(err: unknown, name: string | undefined): AppError | undefined {
  return name && isUniqueViolation(err, 'study_groups_org_name_key') ? fieldError('body.name', 'THEORY_GROUP_NAME_TAKEN', { name }) : undefined;
}

/** A page of study groups owned within the caller's view. */
export async function listStudyGroups(deps: TheoryDeps, ctx: RequestContext, q: StudyGroupListQuery): Promise<Page<StudyGroup>> {
  if (q.orgId !== undefined) await assertOrgInScope(deps.db, ctx.actor, 'view', q.orgId);
  const { rows, total } = await findStudyGroupPage(deps.db, ctx.actor, q);
  return { items: rows.map(toGroup), total, page: q.page, pageSize: q.pageSize };
}

/** One study group in the caller's view, with its members. */
export async function getStudyGroup(deps: TheoryDeps, ctx: RequestContext, id: number): Promise<StudyGroupDetail> {
  const row = (await findStudyGroup(deps.db, ctx.actor, 'view', id)) ?? (await findStudyGroup(deps.db, ctx.actor, 'entry', id));
  if (!row) throw new AppError('COMMON_NOT_FOUND');
  return { ...toGroup(row), members: await findMembers(deps.db, id) };
}

/** Creates the study group of an org in the caller's entry scope; an org's active groups have distinct names. */
export async function createStudyGroup(deps: TheoryDeps, ctx: RequestContext, input: StudyGroupCreate): Promise<StudyGroupDetail> {
  let id: number;
  try {
    id = await deps.db.transaction().execute(async (tx) => {
      await assertOrgInScope(tx, ctx.actor, 'entry', input.orgId);
      const row = await tx
        .insertInto('studyGroups')
        .values({ orgId: input.orgId, level: input.level, name: input.name, minimumOverride: input.minimumOverride ?? null, createdBy: ctx.actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, auditActorOf(ctx), {
        action: 'study_group.create',
        targetType: 'study_group',
        targetId: row.id,
        summary: { orgId: input.orgId, level: input.level, name: input.name },
      });
      return row.id;
    });
  } catch (err) {
    throw nameTaken(err, input.name) ?? err;
  }
  return getStudyGroup(deps, ctx, id);
}

/** Changes a group's level, name, own minimum or whether it is active, if nobody changed it since `version`. */
export async function updateStudyGroup(deps: TheoryDeps, ctx: RequestContext, id: number, input: StudyGroupUpdate): Promise<StudyGroupDetail> {
  try {
    await deps.db.transaction().execute(async (tx) => {
      const current = await studyGroupForChange(tx, ctx.actor, id);
      if (current.version !== input.version) throw new AppError('THEORY_GROUP_VERSION_CONFLICT', { current: current.version });
      const changes = {
        level: input.level ?? current.level,
        name: input.name ?? current.name,
        minimumOverride: input.minimumOverride === undefined ? current.minimumOverride : input.minimumOverride,
        active: input.active ?? current.active,
      };
      await tx
        .updateTable('studyGroups')
        .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .execute();
      await recordAudit(tx, auditActorOf(ctx), { action: 'study_group.update', targetType: 'study_group', targetId: id, summary: changes });
    });
  } catch (err) {
    throw nameTaken(err, input.name) ?? err;
  }
  return getStudyGroup(deps, ctx, id);
}

async function activeGroupForChange(db: Db, ctx: RequestContext, id: number): Promise<StudyGroupRow> {
  const group = await studyGroupForChange(db, ctx.actor, id);
  if (!group.active) throw new AppError('THEORY_GROUP_INACTIVE');
  return group;
}

async function clearSecretary(db: Db, groupId: number, except?: number): Promise<void> {
  let q = db.updateTable('studyGroupMembers').set({ isSecretary: false }).where('groupId', '=', groupId).where('isSecretary', '=', true);
  if (except !== undefined) q = q.where('id', '<>', except);
  await q.execute();
}

/** Adds a member to an active group in the caller's entry scope; naming a new secretary replaces the old one. */
export async function addMember(deps: TheoryDeps, ctx: RequestContext, groupId: number, input: StudyGroupMemberWrite): Promise<StudyGroupDetail> {
  await deps.db.transaction().execute(async (tx) => {
    await activeGroupForChange(tx, ctx, groupId);
    await assertLinkedUserInScope(tx, ctx, input.userId);
    if (input.isSecretary) await clearSecretary(tx, groupId);
    const row = await tx
      .insertInto('studyGroupMembers')
      .values({ groupId, name: input.name, post: input.post, userId: input.userId ?? null, isSecretary: input.isSecretary })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'study_group.member_add',
      targetType: 'study_group',
      targetId: groupId,
      summary: { memberId: row.id, name: input.name, post: input.post, isSecretary: input.isSecretary },
    });
  });
  return getStudyGroup(deps, ctx, groupId);
}

/** Changes a member; one who leaves is kept inactive for past attendance, and stops being secretary. */
export async function updateMember(
  deps: TheoryDeps,
  ctx: RequestContext,
  groupId: number,
  memberId: number,
  input: StudyGroupMemberUpdate,
): Promise<StudyGroupDetail> {
  await deps.db.transaction().execute(async (tx) => {
    await activeGroupForChange(tx, ctx, groupId);
    const current = await tx
      .selectFrom('studyGroupMembers')
      .selectAll()
      .where('id', '=', memberId)
      .where('groupId', '=', groupId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw new AppError('THEORY_MEMBER_NOT_FOUND');
    await assertLinkedUserInScope(tx, ctx, input.userId);
    const active = input.active ?? current.active;
    const isSecretary = active && (input.isSecretary ?? current.isSecretary);
    if (isSecretary) await clearSecretary(tx, groupId, memberId);
    const changes = {
      name: input.name ?? current.name,
      post: input.post ?? current.post,
      userId: input.userId === undefined ? current.userId : input.userId,
      isSecretary,
      active,
    };
    await tx.updateTable('studyGroupMembers').set(changes).where('id', '=', memberId).execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'study_group.member_update',
      targetType: 'study_group',
      targetId: groupId,
      summary: { memberId, ...changes },
    });
  });
  return getStudyGroup(deps, ctx, groupId);
}
