import type { ReferenceSnapshot } from '../../../../contracts/activities/field-declaration';
import type { Db } from '../../../platform/db/database';
import type { ReferenceResolver } from '../../activities';
import '../theory.tables';

/** Study groups as the registry study sessions point into: an org's records cite the org's own active groups, with their level. */
export const studyGroupReference: ReferenceResolver = {
  label: { 'zh-CN': '理论学习中心组', en: 'study group' },
  async choices(db: Db, orgIds: readonly number[]): Promise<(ReferenceSnapshot & { orgId: number })[]> {
    if (orgIds.length === 0) return [];
    const rows = await db
      .selectFrom('studyGroups')
      .select(['id', 'orgId', 'name', 'level'])
      .where('orgId', 'in', [...orgIds])
      .where('active', '=', true)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, orgId: r.orgId, label: r.name, attributes: { level: r.level } }));
  },
};
