import type { ReviewStage } from '../../../../contracts/honours/title.schemas';
import type { Db } from '../../../platform/db/database';
import type { Actor } from '../../../platform/http/actor';
import '../honours.tables';

/** One review stage of a nomination: the level, and the region that reviews at it (the nominee's county, the city). */
export interface Reviewer {
  stage: ReviewStage;
  orgId: number;
  orgName: string;
}

/**
 * The reviewers of nominations from each org, bottom-up: for every stage the title uses, the region at that level above
 * the nominee's org. A stage with no such region (a city agency has no county) is skipped; an org with none at all is
 * reviewed by the top of the tree, so no nomination is left without a reviewer.
 */
export async function reviewersOf(db: Db, orgIds: readonly number[], stages: readonly ReviewStage[]): Promise<Map<number, Reviewer[]>> {
  const out = new Map<number, Reviewer[]>();
  if (orgIds.length === 0) return out;
  const rows = await db
    .selectFrom('orgClosure as c')
    .innerJoin('orgs as o', 'o.id', 'c.ancestorId')
    .select(['c.descendantId', 'o.id', 'o.name', 'o.level', 'o.parentId'])
    .where('c.descendantId', 'in', [...new Set(orgIds)])
    .where('c.validTo', 'is', null)
    .where('o.kind', '=', 'region')
    .execute();
  for (const orgId of new Set(orgIds)) {
    const mine = rows.filter((r) => r.descendantId === orgId);
    const found: Reviewer[] = [];
    for (const stage of stages) {
      const r = mine.find((m) => m.level === stage);
      if (r) found.push({ stage, orgId: r.id, orgName: r.name });
    }
    if (found.length === 0) {
      const top = mine.find((m) => m.parentId === null);
      if (top) found.push({ stage: 'city', orgId: top.id, orgName: top.name });
    }
    out.set(orgId, found);
  }
  return out;
}

/** Whether the actor acts at a stage: they review and the stage's region is one of their own entry roots, so a city cannot skip a county and a county cannot act for another. */
export function actsAt(actor: Actor, reviewer: Reviewer | undefined): boolean {
  return reviewer !== undefined && actor.permissions.includes('honour.review') && actor.entryRoots.includes(reviewer.orgId);
}
