import type { LevelMinimums, LevelMinimumsWrite, StudyPlan, StudyPlanWrite } from '../../../../contracts/theory/study-group.schemas';
import type { RequestContext } from '../../../platform/http/actor';
import { AppError, fieldError } from '../../../platform/http/app-error';
import { assertCityWideEntry, auditActorOf, recordAudit } from '../../identity';
import { findStudyGroup, studyGroupForChange } from './study-group.repository';
import type { TheoryDeps } from '../theory.deps';

/** A group's plan for a year, month by month; months without topics are left out. */
export async function getPlan(deps: TheoryDeps, ctx: RequestContext, groupId: number, year: number): Promise<StudyPlan> {
  const group = (await findStudyGroup(deps.db, ctx.actor, 'view', groupId)) ?? (await findStudyGroup(deps.db, ctx.actor, 'entry', groupId));
  if (!group) throw new AppError('COMMON_NOT_FOUND');
  const rows = await deps.db
    .selectFrom('studyPlanTopics')
    .select(['month', 'topic'])
    .where('groupId', '=', groupId)
    .where('year', '=', year)
    .orderBy('month')
    .orderBy('position')
    .execute();
  const months = new Map<number, string[]>();
  for (const r of rows) months.set(r.month, [...(months.get(r.month) ?? []), r.topic]);
  return { groupId, year, months: [...months].map(([month, topics]) => ({ month, topics })) };
}

/** Replaces a group's plan for a year as a whole; a month named twice is refused and nothing changes. */
export async function savePlan(deps: TheoryDeps, ctx: RequestContext, groupId: number, year: number, input: StudyPlanWrite): Promise<StudyPlan> {
  const seen = new Set<number>();
  input.months.forEach((m, i) => {
    if (seen.has(m.month)) throw fieldError(`body.months.${i}.month`, 'THEORY_PLAN_MONTH_REPEATED', { month: m.month });
    seen.add(m.month);
  });
  await deps.db.transaction().execute(async (tx) => {
    const group = await studyGroupForChange(tx, ctx.actor, groupId);
    if (!group.active) throw new AppError('THEORY_GROUP_INACTIVE');
    await tx.deleteFrom('studyPlanTopics').where('groupId', '=', groupId).where('year', '=', year).execute();
    const rows = input.months.flatMap((m) => m.topics.map((topic, position) => ({ groupId, year, month: m.month, position, topic })));
    if (rows.length > 0) await tx.insertInto('studyPlanTopics').values(rows).execute();
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'study_group.plan',
      targetType: 'study_group',
      targetId: groupId,
      summary: { year, months: input.months.length, topics: rows.length },
    });
  });
  return getPlan(deps, ctx, groupId, year);
}

/** The yearly minimum of collective sessions of each level. */
export async function getLevelMinimums(deps: TheoryDeps): Promise<LevelMinimums> {
  const rows = await deps.db.selectFrom('studyGroupLevelMinimums').select(['level', 'minimum']).orderBy('level').execute();
  return { minimums: rows };
}

/** Sets minimums by level; the rule is the city's, so only an admin whose entry scope covers the city sets it. */
export async function saveLevelMinimums(deps: TheoryDeps, ctx: RequestContext, input: LevelMinimumsWrite): Promise<LevelMinimums> {
  const seen = new Set<string>();
  input.minimums.forEach((m, i) => {
    if (seen.has(m.level)) throw fieldError(`body.minimums.${i}.level`, 'THEORY_LEVEL_REPEATED', { level: m.level });
    seen.add(m.level);
  });
  await deps.db.transaction().execute(async (tx) => {
    await assertCityWideEntry(tx, ctx.actor);
    for (const m of input.minimums) {
      await tx
        .updateTable('studyGroupLevelMinimums')
        .set({ minimum: m.minimum, updatedBy: ctx.actor.userId, updatedAt: new Date() })
        .where('level', '=', m.level)
        .execute();
    }
    await recordAudit(tx, auditActorOf(ctx), { action: 'study_group.minimums', targetType: 'study_group', summary: { minimums: input.minimums } });
  });
  return getLevelMinimums(deps);
}
