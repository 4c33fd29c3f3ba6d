import type { ActivityType, ActivityTypeWrite } from '../../../contracts/activities/activity-type.schemas';
import type { Db } from '../../platform/db/database';
import type { ActivityTypeRow } from './activities.tables';
import './activities.tables';
import { findMeasures } from '../stats';

/** The API shape of a type row. */
export function toActivityType(r: ActivityTypeRow): ActivityType {
  return {
    code: r.code,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    category: r.category,
    fields: r.fields,
    measures: r.measures,
    active: r.active,
    version: r.version,
  };
}

/** Every type, active first, then by code. */
export async function findActivityTypes(db: Db): Promise<ActivityType[]> {
  const rows = await db.selectFrom('activityTypes').selectAll().orderBy('active', 'desc').orderBy('code').execute();
  return rows.map(toActivityType);
}

/** One type by code, or undefined; `lock` holds it until the transaction ends. */
export async function findActivityType(db: Db, code: string, lock = false): Promise<ActivityType | undefined> {
  let q = db.selectFrom('activityTypes').selectAll().where('code', '=', code);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toActivityType(row) : undefined;
}

/** Inserts a type at version 1. */
export async function insertActivityType(db: Db, t: ActivityTypeWrite): Promise<void> {
  await db
    .insertInto('activityTypes')
    .values({
      code: t.code,
      nameZh: t.nameZh,
      nameEn: t.nameEn,
      category: t.category,
      fields: JSON.stringify(t.fields),
      measures: JSON.stringify(t.measures),
      active: t.active,
    })
    .execute();
}

/** Replaces a type's declaration and bumps its version. */
export async function replaceActivityType(db: Db, code: string, t: ActivityTypeWrite, version: number): Promise<void> {
  await db
    .updateTable('activityTypes')
    .set({
      nameZh: t.nameZh,
      nameEn: t.nameEn,
      category: t.category,
      fields: JSON.stringify(t.fields),
      measures: JSON.stringify(t.measures),
      active: t.active,
      version,
      updatedAt: new Date(),
    })
    .where('code', '=', code)
    .execute();
}

/** Codes of every measure a type may feed. */
export async function findMeasureCodes(db: Db): Promise<Set<string>> {
  return new Set((await findMeasures(db)).map((m) => m.code));
}
