import { sql } from 'kysely';
import type { Page } from '../../../contracts/common/pagination';
import type { DrillDescriptor, FactSource } from '../../../contracts/stats/query.schemas';
import type { Db } from '../../platform/db/database';
import type { Actor } from '../../platform/http/actor';
import { orgInScope } from '../identity';
import './stats.tables';

/** A page request. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * The facts behind a flow figure: those of the measure dated in [from, to] whose org had `orgId` as an ancestor (or was
 * it) on the fact's date, restricted to orgs in the caller's current view scope (and to orgs of `orgKind` when given).
 */
export async function findFlowSources(db: Db, actor: Actor, d: DrillDescriptor, page: PageRequest): Promise<Page<FactSource>> {
  const base = db
    .selectFrom('statFacts as f')
    .innerJoin('orgClosure as c', (j) =>
      j
        .onRef('c.descendantId', '=', 'f.orgId')
        .on('c.ancestorId', '=', d.orgId)
        .onRef('c.validFrom', '<=', 'f.factDate')
        .on((eb) => eb.or([eb('c.validTo', 'is', null), eb('c.validTo', '>', eb.ref('f.factDate'))])),
    )
    .where('f.measure', '=', d.measure)
    .where('f.factDate', '>=', d.from)
    .where('f.factDate', '<=', d.to)
    .where((eb) => orgInScope(eb, sql.ref<number>('f.org_id'), actor, 'view'))
    .$if(d.orgKind !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('orgs as k')
            .select('k.id')
            .whereRef('k.id', '=', 'f.orgId')
            .where('k.kind', '=', d.orgKind ?? 'region'),
        ),
      ),
    );
  const [items, count] = await Promise.all([
    base
      .innerJoin('orgs as o', 'o.id', 'f.orgId')
      .select(['f.id as factId', 'f.sourceModule', 'f.sourceType', 'f.sourceId', 'f.orgId', 'o.name as orgName', 'f.factDate', 'f.value'])
      .orderBy('f.factDate')
      .orderBy('f.id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n), page: page.page, pageSize: page.pageSize };
}

/**
 * The facts behind a stock figure at the end of `to`: the latest fact of each holder (a source at an org) on or before
 * that day, for orgs in the subtree of `orgId` that day, restricted to orgs in the caller's current view scope.
 */
export async function findStockSources(db: Db, actor: Actor, d: DrillDescriptor, page: PageRequest): Promise<Page<FactSource>> {
  const latest = db
    .selectFrom('statFacts as f')
    .innerJoin('orgClosure as c', (j) =>
      j
        .onRef('c.descendantId', '=', 'f.orgId')
        .on('c.ancestorId', '=', d.orgId)
        .on('c.validFrom', '<=', d.to)
        .on((eb) => eb.or([eb('c.validTo', 'is', null), eb('c.validTo', '>', d.to)])),
    )
    .where('f.measure', '=', d.measure)
    .where('f.factDate', '<=', d.to)
    .where((eb) => orgInScope(eb, sql.ref<number>('f.org_id'), actor, 'view'))
    .distinctOn(['f.sourceModule', 'f.sourceType', 'f.sourceId', 'f.orgId'])
    .select(['f.id as factId', 'f.sourceModule', 'f.sourceType', 'f.sourceId', 'f.orgId', 'f.factDate', 'f.value'])
    .orderBy('f.sourceModule')
    .orderBy('f.sourceType')
    .orderBy('f.sourceId')
    .orderBy('f.orgId')
    .orderBy('f.factDate', 'desc')
    .orderBy('f.id', 'desc')
    .as('l');
  const [items, count] = await Promise.all([
    db
      .selectFrom(latest)
      .innerJoin('orgs as o', 'o.id', 'l.orgId')
      .select(['l.factId', 'l.sourceModule', 'l.sourceType', 'l.sourceId', 'l.orgId', 'o.name as orgName', 'l.factDate', 'l.value'])
      .orderBy('l.factDate')
      .orderBy('l.factId')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom(latest)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n), page: page.page, pageSize: page.pageSize };
}
