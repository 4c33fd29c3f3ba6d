import { type SqlBool, sql } from 'kysely';
import type { Page } from '../../../contracts/common/pagination';
import type { Org, OrgLevel, OrgLink, OrgWithPath } from '../../../contracts/identity/org.schemas';
import type { Db } from '../../platform/db/database';
import { containsPattern, prefixPattern } from '../../platform/db/like';
import type { Actor } from '../../platform/http/actor';
import type { OrgFacts } from './org.policy';
import { orgInScope, type ScopeKind } from './scope';

/** Paging and the closed-units switch of child and subtree lists. */
export interface OrgListOptions {
  includeClosed: boolean;
  page: number;
  pageSize: number;
}

/** Search text, optional level and paging. */
export interface OrgSearchOptions {
  q: string;
  level?: OrgLevel | undefined;
  page: number;
  pageSize: number;
}

const ORG_COLUMNS = [
  'o.id',
  'o.code',
  'o.name',
  'o.shortName',
  'o.level',
  'o.kind',
  'o.agencyType',
  'o.parentId',
  'o.population',
  'o.openedOn',
  'o.closedOn',
] as const;

// Counted per row by the (parent_id) index; the tree is small enough that a correlated count stays cheap.
const childCount = sql<number>`(select count(*)::int from orgs k where k.parent_id = o.id and k.closed_on is null)`.as('childCount');

const LEVEL_RANK = sql<number>`case o.level when 'city' then 0 when 'county' then 1 when 'township' then 2 else 3 end`;

type OrgSelection = Omit<Org, 'childCount'> & { childCount: number | null };

function toOrg(r: OrgSelection): Org {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    shortName: r.shortName,
    level: r.level,
    kind: r.kind,
    agencyType: r.agencyType,
    parentId: r.parentId,
    population: r.population,
    openedOn: r.openedOn,
    closedOn: r.closedOn,
    childCount: Number(r.childCount ?? 0),
  };
}

/** One org if it lies in the actor's scope of `kind`, else undefined. */
export async function findOrg(db: Db, actor: Actor, kind: ScopeKind, id: number): Promise<Org | undefined> {
  const row = await db
    .selectFrom('orgs as o')
    .select([...ORG_COLUMNS, childCount])
    .where('o.id', '=', id)
    .where((eb) => orgInScope(eb, sql.ref<number>('o.id'), actor, kind))
    .executeTakeFirst();
  return row ? toOrg(row) : undefined;
}

/** The rule-relevant fields of an org in the actor's entry scope, row-locked until the transaction ends. */
export async function lockOrgForChange(db: Db, actor: Actor, id: number): Promise<OrgFacts | undefined> {
  return db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name', 'o.code', 'o.level', 'o.kind', 'o.parentId', 'o.openedOn', 'o.closedOn'])
    .where('o.id', '=', id)
    .where((eb) => orgInScope(eb, sql.ref<number>('o.id'), actor, 'entry'))
    .forUpdate()
    .executeTakeFirst();
}

/**
 * The code, level and kind of an org's parent, read without scope: a county admin's own root has its
 * parent above the scope, and the code rules still need that parent's code. Nothing of it is returned to the caller.
 */
export async function parentCodeFacts(db: Db, parentId: number | null): Promise<{ code: string | null; level: OrgLevel; kind: 'region' | 'agency' } | null> {
  if (parentId === null) return null;
  const row = await db.selectFrom('orgs').select(['code', 'level', 'kind']).where('id', '=', parentId).executeTakeFirst();
  return row ?? null;
}

/**
 * Who holds a code. Codes are unique across the whole city, so the lookup is global,
 * but the holder's name is given only when the actor may see it.
 */
export async function findCodeHolder(db: Db, actor: Actor, code: string): Promise<{ id: number; name: string | null } | undefined> {
  return db
    .selectFrom('orgs as o')
    .select((eb) => [
      'o.id',
      eb
        .case()
        .when(orgInScope(eb, sql.ref<number>('o.id'), actor, 'view'))
        .then(eb.ref('o.name'))
        .else(null)
        .end()
        .as('name'),
    ])
    .where('o.code', '=', code)
    .executeTakeFirst();
}

/** The actor's view roots that no other view root contains, ordered by code. */
export async function findViewRoots(db: Db, actor: Actor): Promise<Org[]> {
  if (actor.viewRoots.length === 0) return [];
  const rows = await db
    .selectFrom('orgs as o')
    .select([...ORG_COLUMNS, childCount])
    .where('o.id', 'in', actor.viewRoots)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('orgClosure as c')
            .select('c.ancestorId')
            .whereRef('c.descendantId', '=', 'o.id')
            .whereRef('c.ancestorId', '!=', 'o.id')
            .where('c.ancestorId', 'in', actor.viewRoots)
            .where('c.validTo', 'is', null),
        ),
      ),
    )
    .orderBy('o.code')
    .orderBy('o.name')
    .execute();
  return rows.map(toOrg);
}

/** A page of the current children of an org, by code then name; closed ones only when asked. */
export async function findChildren(db: Db, actor: Actor, parentId: number, opts: OrgListOptions): Promise<Page<Org>> {
  let q = db
    .selectFrom('orgs as o')
    .where('o.parentId', '=', parentId)
    .where((eb) => orgInScope(eb, sql.ref<number>('o.id'), actor, 'view'));
  if (!opts.includeClosed) q = q.where('o.closedOn', 'is', null);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([...ORG_COLUMNS, childCount])
    .orderBy('o.code')
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .execute();
  return { items: rows.map(toOrg), total: Number(total.n), page: opts.page, pageSize: opts.pageSize };
}

/** A page of an org's current subtree, the org itself first, then by depth and code. */
export async function findSubtree(db: Db, actor: Actor, rootId: number, opts: OrgListOptions): Promise<Page<Org>> {
  let q = db
    .selectFrom('orgClosure as c')
    .innerJoin('orgs as o', 'o.id', 'c.descendantId')
    .where('c.ancestorId', '=', rootId)
    .where('c.validTo', 'is', null)
    .where((eb) => orgInScope(eb, sql.ref<number>('o.id'), actor, 'view'));
  if (!opts.includeClosed) q = q.where('o.closedOn', 'is', null);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([...ORG_COLUMNS, childCount])
    .orderBy('c.depth')
    .orderBy('o.code')
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .execute();
  return { items: rows.map(toOrg), total: Number(total.n), page: opts.page, pageSize: opts.pageSize };
}

/** The current ancestors of an org that the actor may see, from the top of the view down to the parent. */
export async function findAncestors(db: Db, actor: Actor, id: number): Promise<Org[]> {
  const rows = await db
    .selectFrom('orgClosure as c')
    .innerJoin('orgs as o', 'o.id', 'c.ancestorId')
    .select([...ORG_COLUMNS, childCount])
    .where('c.descendantId', '=', id)
    .where('c.depth', '>', 0)
    .where('c.validTo', 'is', null)
    .where((eb) => orgInScope(eb, sql.ref<number>('o.id'), actor, 'view'))
    .orderBy('c.depth', 'desc')
    .execute();
  return rows.map(toOrg);
}

/** For each org, the names of its current ancestors that the actor may see, top first. */
export async function findPaths(db: Db, actor: Actor, ids: number[]): Promise<Map<number, { id: number; name: string }[]>> {
  const paths = new Map<number, { id: number; name: string }[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return paths;
  const rows = await db
    .selectFrom('orgClosure as c')
    .innerJoin('orgs as o', 'o.id', 'c.ancestorId')
    .select(['c.descendantId', 'o.id', 'o.name'])
    .where('c.descendantId', 'in', ids)
    .where('c.depth', '>', 0)
    .where('c.validTo', 'is', null)
    .where((eb) => orgInScope(eb, sql.ref<number>('o.id'), actor, 'view'))
    .orderBy('c.descendantId')
    .orderBy('c.depth', 'desc')
    .execute();
  for (const r of rows) paths.get(r.descendantId)?.push({ id: r.id, name: r.name });
  return paths;
}

/** Every parent link of an org in the actor's view, oldest first; parents outside the view stay anonymous. */
export async function findLinks(db: Db, actor: Actor, id: number): Promise<OrgLink[]> {
  const rows = await db
    .selectFrom('orgLinks as l')
    .innerJoin('orgs as p', 'p.id', 'l.parentId')
    .select((eb) => [
      'l.parentId',
      'p.name',
      'l.validFrom',
      'l.validTo',
      sql<boolean>`${orgInScope(eb, sql.ref<number>('l.parent_id'), actor, 'view')}`.as('parentVisible'),
    ])
    .where('l.orgId', '=', id)
    .where((eb) => orgInScope(eb, sql.ref<number>('l.org_id'), actor, 'view'))
    .orderBy('l.validFrom')
    .execute();
  return rows.map((r) => ({
    parentId: r.parentVisible ? r.parentId : null,
    parentName: r.parentVisible ? r.name : null,
    validFrom: r.validFrom,
    validTo: r.validTo,
  }));
}

/**
 * Orgs in the actor's view whose name contains `q` or whose code starts with it, each with its path.
 * The text is a bound parameter with LIKE wildcards escaped, so `%`, `_` and quotes match literally.
 */
export async function searchOrgs(db: Db, actor: Actor, opts: OrgSearchOptions): Promise<Page<OrgWithPath>> {
  const contains = containsPattern(opts.q);
  const prefix = prefixPattern(opts.q);
  let q = db
    .selectFrom('orgs as o')
    .where(sql<SqlBool>`(o.name ilike ${contains} escape '\\' or o.code like ${prefix} escape '\\')`)
    .where((eb) => orgInScope(eb, sql.ref<number>('o.id'), actor, 'view'));
  if (opts.level) q = q.where('o.level', '=', opts.level);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([...ORG_COLUMNS, childCount])
    .orderBy(sql`o.name = ${opts.q}`, 'desc')
    .orderBy(sql`o.closed_on is not null`)
    .orderBy(LEVEL_RANK)
    .orderBy('o.code')
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .execute();
  const paths = await findPaths(
    db,
    actor,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({ ...toOrg(r), path: paths.get(r.id) ?? [] })),
    total: Number(total.n),
    page: opts.page,
    pageSize: opts.pageSize,
  };
}

/**
 * The ids of an org's ancestors as the tree stood on `date` (YYYY-MM-DD), top first, the org itself excluded.
 * The statistics spine uses this to attribute a fact to the tree of the fact's own day: links are half-open, [from, to).
 */
export async function ancestorsAt(db: Db, orgId: number, date: string): Promise<number[]> {
  const rows = await db
    .selectFrom('orgClosure')
    .select('ancestorId')
    .where('descendantId', '=', orgId)
    .where('depth', '>', 0)
    .where('validFrom', '<=', date)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>', date)]))
    .orderBy('depth', 'desc')
    .execute();
  return rows.map((r) => r.ancestorId);
}

/** Open children of an org, counted to refuse closing a unit that still has them; the caller has scope-checked the org, and its children share that scope. */
export async function countOpenChildren(db: Db, id: number): Promise<number> {
  const row = await db
    .selectFrom('orgs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parentId', '=', id)
    .where('closedOn', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
