import type { AttendanceLine, AttendanceWrite, SessionAttendance } from '../../../../contracts/theory/attendance.schemas';
import type { Db } from '../../../platform/db/database';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError } from '../../../platform/http/app-error';
import { type ActivityView, activityForChange, activityInView, updateActivity } from '../../activities';
import { auditActorOf, recordAudit } from '../../identity';
import type { TheoryDeps } from '../theory.deps';
import '../theory.tables';

const EDITABLE = new Set(['draft', 'returned']);

function groupOf(rec: ActivityView): { id: number; name: string } {
  const ref = rec.refs.study_group;
  if (!ref) throw new AppError('THEORY_NOT_A_SESSION');
  return { id: ref.id, name: ref.label };
}

/** The group's active members, and any former member already on this session's list, in the group's order. */
async function linesOf(db: Db, activityId: number, groupId: number): Promise<AttendanceLine[]> {
  const rows = await db
    .selectFrom('studyGroupMembers as m')
    .leftJoin('studySessionAttendance as a', (j) => j.onRef('a.memberId', '=', 'm.id').on('a.activityId', '=', activityId))
    .select(['m.id', 'm.name', 'm.post', 'm.isSecretary', 'm.active', 'a.present', 'a.absenceReason', 'a.spoke'])
    .where('m.groupId', '=', groupId)
    .orderBy('m.isSecretary', 'desc')
    .orderBy('m.id')
    .execute();
  return rows
    .filter((r) => r.active || r.present !== null)
    .map((r) => ({
      memberId: r.id,
      name: r.name,
      post: r.post,
      isSecretary: r.isSecretary,
      present: r.present,
      absenceReason: r.absenceReason,
      spoke: r.spoke ?? false,
    }));
}

async function mayChange(db: Db, ctx: RequestContext, rec: ActivityView): Promise<boolean> {
  if (!EDITABLE.has(rec.status) || !ctx.actor.permissions.includes('theory.write')) return false;
  return activityForChange(db, ctx, rec.id).then(
    () => true,
    () => false,
  );
}

/** A session's attendance as its group's member list, in the caller's view. */
export async function getAttendance(deps: TheoryDeps, ctx: RequestContext, activityId: number): Promise<SessionAttendance> {
  const rec = await activityInView(deps.db, ctx, activityId);
  if (!rec) throw new AppError('COMMON_NOT_FOUND');
  const group = groupOf(rec);
  const lines = await linesOf(deps.db, activityId, group.id);
  return {
    activityId,
    group,
    version: rec.version,
    editable: await mayChange(deps.db, ctx, rec),
    lines,
    presentCount: lines.filter((l) => l.present === true).length,
    speakerCount: lines.filter((l) => l.spoke).length,
  };
}

/**
 * Replaces a session's attendance. Only members of the session's group can be listed; the record's attendee count becomes
 * the number present, through the record's own edit, so its history, version and review rules apply unchanged.
 */
export async function saveAttendance(deps: TheoryDeps, ctx: RequestContext, activityId: number, input: AttendanceWrite): Promise<SessionAttendance> {
  const rec = await activityInView(deps.db, ctx, activityId);
  if (!rec) throw new AppError('COMMON_NOT_FOUND');
  const seen = new Set<number>();
  for (const e of input.entries) {
    if (seen.has(e.memberId)) throw new AppError('THEORY_MEMBER_REPEATED');
    seen.add(e.memberId);
  }
  const present = input.entries.filter((e) => e.present).length;
  await updateActivity(deps.activities, ctx, activityId, { version: input.version, fields: { ...rec.fields, attendees: present } }, async (tx, current) => {
    const group = groupOf(current);
    const members = await tx
      .selectFrom('studyGroupMembers')
      .select(['id', 'name'])
      .where('groupId', '=', group.id)
      .where('active', '=', true)
      .execute();
    const memberIds = new Set(members.map((m) => m.id));
    const stranger = input.entries.find((e) => !memberIds.has(e.memberId));
    if (stranger) throw new AppError('THEORY_NOT_A_MEMBER', { member: String(stranger.memberId) });
    await tx.deleteFrom('studySessionAttendance').where('activityId', '=', activityId).execute();
    if (input.entries.length > 0) {
      await tx
        .insertInto('studySessionAttendance')
        .values(
          input.entries.map((e) => ({
            activityId,
            memberId: e.memberId,
            present: e.present,
            absenceReason: e.present ? null : (e.absenceReason ?? null),
            spoke: e.present && e.spoke,
          })),
        )
        .execute();
    }
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'study_session.attendance',
      targetType: 'activity',
      targetId: activityId,
      summary: { groupId: group.id, present, absent: input.entries.length - present, speakers: input.entries.filter((e) => e.present && e.spoke).length },
    });
  });
  return getAttendance(deps, ctx, activityId);
}
