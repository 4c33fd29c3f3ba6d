import type { ReferenceSnapshot } from '../../../../contracts/activities/field-declaration';
import type { Db } from '../../../platform/db/database';
import type { ReferenceResolver } from '../../activities';
import '../theory.tables';

/**
 * First-agenda items as the registry study sessions and Party meetings are tagged from: an org's records cite the items
 * published by the org itself or any org above it, withdrawn ones aside, newest first, with their source.
 */
export const firstAgendaReference: ReferenceResolver = {
  label: { 'zh-CN': '“第一议题”', en: 'first-agenda item' },
  async choices(db: Db, orgIds: readonly number[]): Promise<(ReferenceSnapshot & { orgId: number })[]> {
    if (orgIds.length === 0) return [];
    const rows = await db
      .selectFrom('firstAgendaItems as i')
      .innerJoin('orgClosure as c', 'c.ancestorId', 'i.orgId')
      .select(['i.id', 'c.descendantId as orgId', 'i.title', 'i.source'])
      .where('c.descendantId', 'in', [...orgIds])
      .where('c.validTo', 'is', null)
      .where('i.withdrawn', '=', false)
      .orderBy('i.issuedOn', 'desc')
      .orderBy('i.id', 'desc')
      .execute();
    return rows.map((r) => ({ id: r.id, orgId: r.orgId, label: r.title, attributes: { source: r.source } }));
  },
};
