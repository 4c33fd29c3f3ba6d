import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../contracts/identity/permissions';
import { PersonalDataCipher } from '../../platform/crypto/personal-data';
import type { RequestContext } from '../../platform/http/actor';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, createTestUser, type TestDb, testConfig } from '../../test/harness';
import type { IdentityDeps, OrgMoveHooks } from './identity.deps';
import { ancestorsAt } from './org.repository';
import { createOrg, moveOrg } from './org.service';

let tdb: TestDb;
let tree: FixtureTree;
let deps: IdentityDeps;
let ctx: RequestContext;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  const config = testConfig();
  deps = { db: tdb.db, config, cipher: new PersonalDataCipher(config.dataKey, config.hashKey) };
  const userId = await createTestUser(tdb.db, { username: 'city_admin', orgId: tree.city, roles: ['city_admin'], view: [tree.city] });
  ctx = {
    actor: {
      userId,
      username: 'city_admin',
      orgId: tree.city,
      roles: ['city_admin'],
      permissions: permissionsOf(['city_admin']),
      viewRoots: [tree.city],
      entryRoots: [tree.city],
      sessionId: 'test-session',
      csrfToken: 'test-csrf',
      mustChangePassword: false,
    },
    ip: '127.0.0.1',
    requestId: 'test',
    locale: 'zh-CN',
    userAgent: null,
  };
});
afterAll(async () => {
  await tdb?.close();
});

type LinkRow = { orgId: number; parentId: number; validFrom: string; validTo: string | null };

/** The ancestors of `orgId` on `date` by walking org_links upward: the independent answer ancestorsAt must agree with. */
function chainFromLinks(links: LinkRow[], openedOn: string, orgId: number, date: string): number[] {
  if (openedOn > date) return [];
  const chain: number[] = [];
  let current = orgId;
  for (;;) {
    const link = links.find((l) => l.orgId === current && l.validFrom <= date && (l.validTo === null || l.validTo > date));
    if (!link) return chain.reverse();
    chain.push(link.parentId);
    current = link.parentId;
  }
}

/** Every org's ancestry on every date agrees between the closure table and the links, and the current closure matches parent_id. */
async function expectClosureConsistent(dates: string[]): Promise<void> {
  const orgs = await tdb.db.selectFrom('orgs').select(['id', 'parentId', 'openedOn']).execute();
  const links = await tdb.db.selectFrom('orgLinks').selectAll().execute();
  const parentOf = new Map(orgs.map((o) => [o.id, o.parentId]));
  for (const { id, openedOn } of orgs) {
    for (const date of dates)
      expect({ id, date, chain: await ancestorsAt(tdb.db, id, date) }).toEqual({ id, date, chain: chainFromLinks(links, openedOn, id, date) });
    const current = await tdb.db
      .selectFrom('orgClosure')
      .select('ancestorId')
      .where('descendantId', '=', id)
      .where('depth', '>', 0)
      .where('validTo', 'is', null)
      .orderBy('depth', 'desc')
      .execute();
    const walked: number[] = [];
    for (let p = parentOf.get(id) ?? null; p !== null; p = parentOf.get(p) ?? null) walked.unshift(p);
    expect({ id, current: current.map((r) => r.ancestorId) }).toEqual({ id, current: walked });
  }
}

const DATES = [
  '2000-01-01',
  '2009-12-31',
  '2010-01-01',
  '2015-06-01',
  '2019-12-31',
  '2020-01-01',
  '2021-12-31',
  '2022-01-01',
  '2024-02-29',
  '2024-03-01',
  '2030-01-01',
];

describe('effective-dated moves and attribution', () => {
  let township: number;
  let village: number;
  let backdated: number;

  it('attributes a fact before a move to the old county and after it to the new one', async () => {
    township = (
      await createOrg(deps, ctx, { parentId: tree.countyA, code: '419902003000', name: '甲三街道', level: 'township', kind: 'region', openedOn: '2010-01-01' })
    ).id;
    village = (
      await createOrg(deps, ctx, { parentId: township, code: '419902003001', name: '甲三街道一社区', level: 'village', kind: 'region', openedOn: '2010-01-01' })
    ).id;
    await moveOrg(deps, ctx, township, { newParentId: tree.countyB, effectiveOn: '2020-01-01' });
    expect(await ancestorsAt(tdb.db, village, '2019-12-31')).toEqual([tree.city, tree.countyA, township]);
    expect(await ancestorsAt(tdb.db, village, '2020-01-01')).toEqual([tree.city, tree.countyB, township]);
    expect(await ancestorsAt(tdb.db, village, '2009-12-31')).toEqual([]);
    await expectClosureConsistent(DATES);
  });

  it('places a unit opened after the move under the new county only', async () => {
    const later = (
      await createOrg(deps, ctx, { parentId: township, code: '419902003002', name: '甲三街道二社区', level: 'village', kind: 'region', openedOn: '2022-01-01' })
    ).id;
    expect(await ancestorsAt(tdb.db, later, '2021-12-31')).toEqual([]);
    expect(await ancestorsAt(tdb.db, later, '2022-01-01')).toEqual([tree.city, tree.countyB, township]);
  });

  it('keeps every period right through a move back', async () => {
    await moveOrg(deps, ctx, township, { newParentId: tree.countyA, effectiveOn: '2024-03-01' });
    expect(await ancestorsAt(tdb.db, village, '2015-06-01')).toEqual([tree.city, tree.countyA, township]);
    expect(await ancestorsAt(tdb.db, village, '2024-02-29')).toEqual([tree.city, tree.countyB, township]);
    expect(await ancestorsAt(tdb.db, village, '2024-03-01')).toEqual([tree.city, tree.countyA, township]);
    await expectClosureConsistent(DATES);
  });

  it('backdates a new unit through its parent’s earlier placements', async () => {
    backdated = (
      await createOrg(deps, ctx, { parentId: township, code: '419902003003', name: '甲三街道三社区', level: 'village', kind: 'region', openedOn: '2015-06-01' })
    ).id;
    expect(await ancestorsAt(tdb.db, backdated, '2015-06-01')).toEqual([tree.city, tree.countyA, township]);
    expect(await ancestorsAt(tdb.db, backdated, '2021-12-31')).toEqual([tree.city, tree.countyB, township]);
    expect(await ancestorsAt(tdb.db, backdated, '2024-03-01')).toEqual([tree.city, tree.countyA, township]);
    await expectClosureConsistent(DATES);
  });

  it('moves a village between townships without disturbing its county periods', async () => {
    await moveOrg(deps, ctx, village, { newParentId: tree.townshipA, effectiveOn: '2024-03-01' });
    expect(await ancestorsAt(tdb.db, village, '2024-02-29')).toEqual([tree.city, tree.countyB, township]);
    expect(await ancestorsAt(tdb.db, village, '2024-03-01')).toEqual([tree.city, tree.countyA, tree.townshipA]);
    await expectClosureConsistent(DATES);
  });

  it('refuses to move a unit earlier than a unit last left it', async () => {
    await moveOrg(deps, ctx, backdated, { newParentId: tree.townshipA, effectiveOn: '2024-06-01' });
    // A township move dated 2024-04-01 would have to rewrite the period the village still spent in it.
    await expect(moveOrg(deps, ctx, township, { newParentId: tree.countyB, effectiveOn: '2024-04-01' })).rejects.toMatchObject({
      code: 'IDENTITY_ORG_MOVE_DATE',
      params: { since: '2024-06-01' },
    });
    await moveOrg(deps, ctx, township, { newParentId: tree.countyB, effectiveOn: '2024-06-01' });
    expect(await ancestorsAt(tdb.db, backdated, '2024-05-31')).toEqual([tree.city, tree.countyA, township]);
    expect(await ancestorsAt(tdb.db, backdated, '2024-06-01')).toEqual([tree.city, tree.countyA, tree.townshipA]);
    await expectClosureConsistent([...DATES, '2024-05-31', '2024-06-01']);
  });

  it('treats a same-day move as a correction of the link', async () => {
    const fresh = (
      await createOrg(deps, ctx, { parentId: tree.countyA, code: '419902004000', name: '甲四街道', level: 'township', kind: 'region', openedOn: '2025-01-01' })
    ).id;
    await moveOrg(deps, ctx, fresh, { newParentId: tree.countyB, effectiveOn: '2025-01-01' });
    const links = await tdb.db.selectFrom('orgLinks').select(['parentId', 'validFrom', 'validTo']).where('orgId', '=', fresh).execute();
    expect(links).toEqual([{ parentId: tree.countyB, validFrom: '2025-01-01', validTo: null }]);
    expect(await ancestorsAt(tdb.db, fresh, '2025-01-01')).toEqual([tree.city, tree.countyB]);
    await expectClosureConsistent([...DATES, '2025-01-01']);
  });

  it('runs the move hooks in the move’s transaction, before and after the tree changes', async () => {
    const seen: string[] = [];
    const hooks: OrgMoveHooks = {
      beforeMove: async (tx, move) => seen.push(`before ${move.from} ${(await ancestorsAt(tx, move.orgId, move.from)).join(',')}`),
      afterMove: async (tx, move) => seen.push(`after ${move.from} ${(await ancestorsAt(tx, move.orgId, move.from)).join(',')}`),
    };
    const moved = (
      await createOrg(deps, ctx, { parentId: tree.countyA, code: '419902005000', name: '甲五街道', level: 'township', kind: 'region', openedOn: '2020-01-01' })
    ).id;
    await moveOrg({ ...deps, orgMoveHooks: hooks }, ctx, moved, { newParentId: tree.countyB, effectiveOn: '2025-05-01' });
    expect(seen).toEqual([`before 2025-05-01 ${tree.city},${tree.countyA}`, `after 2025-05-01 ${tree.city},${tree.countyB}`]);
    const failing: OrgMoveHooks = { ...hooks, afterMove: async () => Promise.reject(new Error('statistics refused')) };
    await expect(moveOrg({ ...deps, orgMoveHooks: failing }, ctx, moved, { newParentId: tree.countyA, effectiveOn: '2025-06-01' })).rejects.toThrow(
      'statistics refused',
    );
    expect(await ancestorsAt(tdb.db, moved, '2025-06-01')).toEqual([tree.city, tree.countyB]);
  });
});
