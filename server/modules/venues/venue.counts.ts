import { sql } from 'kysely';
import type { CoverageAnswer } from '../../../contracts/venues/venue.schemas';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';

/** Open on a day: opened on or before it (or undated) and not closed by then. */
const openOn = (at: string) =>
  sql<boolean>`v.status <> 'planned' and (v.opened_on is null or v.opened_on <= ${at}::date) and (v.closed_on is null or v.closed_on > ${at}::date)`;

/** Venues of a kind open in an org's subtree on a day; `landmark` counts only rooms flagged as landmarks. */
export async function countOpenVenues(db: Db, orgId: number, kindCode: string, at: string, opts: { landmark?: boolean } = {}): Promise<number> {
  const landmark = opts.landmark ? sql`and (v.fields ->> 'landmark') = 'true'` : sql``;
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from venues v
    join org_closure c on c.descendant_id = v.org_id and c.valid_to is null
    where c.ancestor_id = ${orgId} and v.kind_code = ${kindCode} and ${openOn(at)} ${landmark}`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Books held on a day by the open venues of some kinds in an org's subtree, from their declared holdings. */
export async function sumHoldings(db: Db, orgId: number, kindCodes: string[], at: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select coalesce(sum((v.fields ->> 'holdings')::numeric), 0)::bigint as n from venues v
    join org_closure c on c.descendant_id = v.org_id and c.valid_to is null
    where c.ancestor_id = ${orgId} and v.kind_code = any(${kindCodes}::text[]) and ${openOn(at)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Coverage of the rule "every org of the kind's level has one": per child of `orgId`, the regions at that level in the
 * child's subtree, how many own an open venue of the kind on the day, and the names of those that do not.
 */
export async function coverage(db: Db, orgId: number, kindCode: string, at: string): Promise<CoverageAnswer> {
  const kind = await db.selectFrom('venueKinds').select(['code', 'orgLevel']).where('code', '=', kindCode).executeTakeFirst();
  if (!kind?.orgLevel) throw new AppError('VENUES_KIND_NOT_FOUND', { code: kindCode });
  const { rows } = await sql<{ childId: number; childName: string; orgId: number; orgName: string; covered: boolean }>`
    select ch.id as "childId", ch.name as "childName", o.id as "orgId", o.name as "orgName",
      exists (select 1 from venues v where v.org_id = o.id and v.kind_code = ${kindCode} and ${openOn(at)}) as covered
    from orgs ch
    join org_closure c on c.ancestor_id = ch.id and c.valid_to is null
    join orgs o on o.id = c.descendant_id and o.level = ${kind.orgLevel} and o.kind = 'region' and o.closed_on is null
    where ch.parent_id = ${orgId} and ch.kind = 'region' and ch.closed_on is null
    order by ch.code, ch.id, o.code, o.id`.execute(db);
  const byChild = new Map<number, CoverageAnswer['rows'][number]>();
  for (const r of rows) {
    const row = byChild.get(r.childId) ?? { org: { id: r.childId, name: r.childName }, expected: 0, covered: 0, percent: 0, missing: [] };
    row.expected++;
    if (r.covered) row.covered++;
    else if (row.missing.length < 200) row.missing.push({ id: r.orgId, name: r.orgName });
    byChild.set(r.childId, row);
  }
  const out = [...byChild.values()].map((r) => ({ ...r, percent: r.expected === 0 ? 100 : Math.round((r.covered / r.expected) * 1000) / 10 }));
  const expected = out.reduce((n, r) => n + r.expected, 0);
  const covered = out.reduce((n, r) => n + r.covered, 0);
  return {
    kindCode,
    orgLevel: kind.orgLevel,
    at,
    total: { expected, covered, percent: expected === 0 ? 100 : Math.round((covered / expected) * 1000) / 10 },
    rows: out,
  };
}
