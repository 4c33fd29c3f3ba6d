import type { ActivityType, ActivityTypeWrite } from '../../../contracts/activities/activity-type.schemas';
import { checkDeclaration } from '../../../contracts/activities/field-declaration';
import type { Db } from '../../platform/db/database';
import { isUniqueViolation } from '../../platform/db/errors';
import type { RequestContext } from '../../platform/http/actor';
import { AppError, fieldError } from '../../platform/http/app-error';
import { auditActorOf, recordAudit } from '../identity';
import type { ActivitiesDeps } from './activities.deps';
import { findActivityType, findActivityTypes, findMeasureCodes, insertActivityType, replaceActivityType } from './activity-type.repository';

/** Refuses a declaration whose fields and measure rules disagree, naming each place in the body. */
async function assertDeclarationValid(db: Db, t: ActivityTypeWrite): Promise<void> {
  const problems = checkDeclaration(t.fields, t.measures, await findMeasureCodes(db));
  if (problems.length === 0) return;
  throw new AppError(
    'ACTIVITIES_TYPE_INVALID',
    {},
    problems.map((p) => ({ path: `body.${p.path}`, code: p.code, params: p.params })),
  );
}

/** Every activity type, inactive ones included so old records can still be read. */
export function listActivityTypes(deps: ActivitiesDeps): Promise<ActivityType[]> {
  return findActivityTypes(deps.db);
}

/** Adds a type after checking its declaration. */
export async function createActivityType(deps: ActivitiesDeps, ctx: RequestContext, input: ActivityTypeWrite): Promise<ActivityType> {
  try {
    return await deps.db.transaction().execute(async (tx) => {
      if (await findActivityType(tx, input.code)) throw fieldError('body.code', 'ACTIVITIES_TYPE_CODE_TAKEN', { code: input.code });
      await assertDeclarationValid(tx, input);
      await insertActivityType(tx, input);
      await recordAudit(tx, auditActorOf(ctx), { action: 'activity_type.create', targetType: 'activity_type', targetId: input.code, summary: { ...input } });
      const created = await findActivityType(tx, input.code);
      if (!created) throw new AppError('COMMON_INTERNAL');
      return created;
    });
  } catch (err) {
    // Two admins racing for one code meet the primary key; the loser gets the checked answer.
    if (isUniqueViolation(err)) throw fieldError('body.code', 'ACTIVITIES_TYPE_CODE_TAKEN', { code: input.code });
    throw err;
  }
}

/**
 * Replaces a type's declaration. Existing records keep the field values they were entered with; the new
 * rules apply to approvals from now on, so figures already written are not rewritten behind a reviewer's back.
 */
export async function updateActivityType(deps: ActivitiesDeps, ctx: RequestContext, code: string, input: ActivityTypeWrite): Promise<ActivityType> {
  return deps.db.transaction().execute(async (tx) => {
    const current = await findActivityType(tx, code, true);
    if (!current) throw new AppError('ACTIVITIES_TYPE_NOT_FOUND', { code });
    // Records reference the code, so it cannot be renamed; the body must name the type it replaces.
    if (input.code !== code) throw fieldError('body.code', 'COMMON_VALIDATION');
    await assertDeclarationValid(tx, input);
    await replaceActivityType(tx, code, input, current.version + 1);
    await recordAudit(tx, auditActorOf(ctx), {
      action: 'activity_type.update',
      targetType: 'activity_type',
      targetId: code,
      summary: { before: current, after: input },
    });
    const updated = await findActivityType(tx, code);
    if (!updated) throw new AppError('COMMON_INTERNAL');
    return updated;
  });
}
