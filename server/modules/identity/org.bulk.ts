import type { Db } from '../../platform/db/database';
import type { NewOrgRow } from './identity.tables';

/** One org of a tree to load; parents come before their children. */
export interface OrgNode extends Omit<NewOrgRow, 'id' | 'parentId' | 'createdAt' | 'updatedAt'> {
  key: string;
  parentKey: string | null;
}

const CHUNK = 1000;

/** Splits nodes into insert batches whose parents are all in earlier batches. */
function chunksByDepth(nodes: OrgNode[], existing: ReadonlyMap<string, number>): OrgNode[][] {
  const depth = new Map<string, number>();
  const levels: OrgNode[][] = [];
  for (const node of nodes) {
    const d = node.parentKey === null || existing.has(node.parentKey) ? 0 : (depth.get(node.parentKey) ?? -1) + 1;
    if (d < 0) throw new Error(`Parent ${node.parentKey} must be listed before its children`);
    depth.set(node.key, d);
    const level = levels[d] ?? [];
    level.push(node);
    levels[d] = level;
  }
  return levels.flatMap((level) => Array.from({ length: Math.ceil(level.length / CHUNK) }, (_, i) => level.slice(i * CHUNK, (i + 1) * CHUNK)));
}

/**
 * Loads a whole tree in a few statements: orgs, their parent links and closure rows, all dated from
 * each org's opening day. Used by the demo city and test fixtures; returns key -> id.
 */
export async function bulkInsertOrgs(db: Db, nodes: OrgNode[], existing: ReadonlyMap<string, number> = new Map()): Promise<Map<string, number>> {
  const ids = new Map(existing);
  const ancestorsOf = new Map<number, { id: number; depth: number }[]>();
  for (const [, id] of existing) {
    const rows = await db.selectFrom('orgClosure').select(['ancestorId', 'depth']).where('descendantId', '=', id).where('validTo', 'is', null).execute();
    ancestorsOf.set(
      id,
      rows.map((r) => ({ id: r.ancestorId, depth: r.depth })),
    );
  }
  for (const chunk of chunksByDepth(nodes, existing)) {
    const rows = chunk.map(({ key: _key, parentKey, ...org }) => {
      const parentId = parentKey === null ? null : ids.get(parentKey);
      if (parentId === undefined) throw new Error(`Parent ${parentKey} must be loaded before its children`);
      return { ...org, parentId };
    });
    const inserted = await db.insertInto('orgs').values(rows).returning('id').execute();
    const links: { orgId: number; parentId: number; validFrom: string; validTo: null }[] = [];
    const closure: { ancestorId: number; descendantId: number; depth: number; validFrom: string; validTo: null }[] = [];
    chunk.forEach((node, j) => {
      const id = inserted[j]?.id;
      if (id === undefined) throw new Error('Insert returned fewer rows than given');
      ids.set(node.key, id);
      const from = node.openedOn ?? '2000-01-01';
      const parentId = rows[j]?.parentId ?? null;
      const chain = [{ id, depth: 0 }, ...(parentId === null ? [] : (ancestorsOf.get(parentId) ?? []).map((a) => ({ id: a.id, depth: a.depth + 1 })))];
      ancestorsOf.set(id, chain);
      for (const a of chain) closure.push({ ancestorId: a.id, descendantId: id, depth: a.depth, validFrom: from, validTo: null });
      if (parentId !== null) links.push({ orgId: id, parentId, validFrom: from, validTo: null });
    });
    if (links.length > 0) await db.insertInto('orgLinks').values(links).execute();
    for (let k = 0; k < closure.length; k += CHUNK * 4)
      await db
        .insertInto('orgClosure')
        .values(closure.slice(k, k + CHUNK * 4))
        .execute();
  }
  return ids;
}
