import type { ReferenceSnapshot } from '../../../../contracts/activities/field-declaration';
import type { Db } from '../../../platform/db/database';
import type { ReferenceResolver } from '../../activities';
import '../theory.tables';

/**
 * Lecture troupes as lecture records refer to them: an org's records cite the active troupes of the org itself and of
 * every org above it (a village records the township's courtyard class), with the troupe's kind.
 */
export const troupeReference: ReferenceResolver = {
  label: { 'zh-CN': '宣讲团', en: 'troupe' },
  async choices(db: Db, orgIds: readonly number[]): Promise<(ReferenceSnapshot & { orgId: number })[]> {
    if (orgIds.length === 0) return [];
    const rows = await db
      .selectFrom('lectureTroupes as t')
      .innerJoin('orgClosure as c', 'c.ancestorId', 't.orgId')
      .select(['t.id', 'c.descendantId as orgId', 't.name', 't.kind'])
      .where('c.descendantId', 'in', [...orgIds])
      .where('c.validTo', 'is', null)
      .where('t.active', '=', true)
      .orderBy('c.depth')
      .orderBy('t.id')
      .execute();
    return rows.map((r) => ({ id: r.id, orgId: r.orgId, label: r.name, attributes: { kind: r.kind } }));
  },
};

/** Lecturers as lecture records refer to them: the active lecturers of the record's org and of the orgs above it, with their level. */
export const lecturerReference: ReferenceResolver = {
  label: { 'zh-CN': '宣讲员', en: 'lecturer' },
  async choices(db: Db, orgIds: readonly number[]): Promise<(ReferenceSnapshot & { orgId: number })[]> {
    if (orgIds.length === 0) return [];
    const rows = await db
      .selectFrom('lecturers as l')
      .innerJoin('orgClosure as c', 'c.ancestorId', 'l.orgId')
      .select(['l.id', 'c.descendantId as orgId', 'l.name', 'l.level'])
      .where('c.descendantId', 'in', [...orgIds])
      .where('c.validTo', 'is', null)
      .where('l.active', '=', true)
      .orderBy('c.depth')
      .orderBy('l.id')
      .execute();
    return rows.map((r) => ({ id: r.id, orgId: r.orgId, label: r.name, attributes: { level: r.level } }));
  },
};
