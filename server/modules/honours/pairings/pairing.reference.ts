import { sql } from 'kysely';
import type { ReferenceSnapshot } from '../../../../contracts/activities/field-declaration';
import type { Db } from '../../../platform/db/database';
import type { ReferenceResolver } from '../../activities';
import '../honours.tables';

/**
 * Pairings as a school's class events refer to them: a school's record cites the role models paired with it and not yet
 * ended, with the title's level, so the event is counted under the pairing and never typed twice.
 */
export const pairingReference: ReferenceResolver = {
  label: { 'zh-CN': '结对典型', en: 'role model pairing' },
  async choices(db: Db, orgIds: readonly number[]): Promise<(ReferenceSnapshot & { orgId: number })[]> {
    if (orgIds.length === 0) return [];
    const rows = await db
      .selectFrom('roleModelPairings as p')
      .innerJoin('roleModels as r', 'r.id', 'p.roleModelId')
      .innerJoin('honourTitles as t', 't.id', 'r.titleId')
      .select(['p.id', 'p.schoolOrgId as orgId', 'r.personName', 't.nameZh', 't.level'])
      .where('p.schoolOrgId', 'in', [...orgIds])
      .where((eb) => eb.or([eb('p.endsOn', 'is', null), eb('p.endsOn', '>=', sql<string>`current_date`)]))
      .where('r.revokedOn', 'is', null)
      .orderBy('p.id')
      .execute();
    return rows.map((r) => ({ id: r.id, orgId: r.orgId, label: `${r.personName}（${r.nameZh}）`, attributes: { level: r.level } }));
  },
};
