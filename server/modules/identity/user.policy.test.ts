import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Permission } from '../../../contracts/identity/permissions';
import type { Actor } from '../../platform/http/actor';
import { AppError } from '../../platform/http/app-error';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestDb, type TestDb } from '../../test/harness';
import { assertGrantable, roleBeyond } from './user.policy';

let tdb: TestDb;
let tree: FixtureTree;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
});
afterAll(async () => {
  await tdb?.close();
});

function actor(permissions: Permission[], view: number[], entry: number[]): Actor {
  return {
    userId: 1,
    username: 'granter',
    orgId: view[0] ?? 0,
    roles: [],
    permissions,
    viewRoots: view,
    entryRoots: entry,
    sessionId: 's',
    csrfToken: 'c',
    mustChangePassword: false,
  };
}

async function refusal(promise: Promise<void>): Promise<{ code: string; params: Record<string, unknown> } | null> {
  try {
    await promise;
    return null;
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, params: err.params };
    throw err;
  }
}

describe('grant rules', () => {
  it('refuses a role carrying a permission the granter lacks', async () => {
    const granter = actor(
      [
        'org.read',
        'stats.read',
        'user.read',
        'user.write',
        'activity.read',
        'activity.write',
        'venue.read',
        'venue.write',
        'volunteer.read',
        'volunteer.write',
        'report.read',
        'theory.read',
        'theory.write',
        'honour.read',
        'honour.write',
        'inquiry.read',
        'inquiry.handle',
      ],
      [tree.countyB],
      [tree.countyB],
    );
    expect(roleBeyond(granter, ['viewer', 'township_clerk'])).toBeUndefined();
    expect(roleBeyond(granter, ['viewer', 'county_admin'])).toBe('county_admin');
    const out = await refusal(assertGrantable(tdb.db, granter, { roles: ['county_admin'], viewRoots: [tree.townshipB], entryRoots: [] }));
    expect(out).toEqual({ code: 'IDENTITY_GRANT_ROLE', params: { role: 'county_admin' } });
  });

  it('accepts roots inside the granter’s scope of the same kind, its own roots included', async () => {
    const granter = actor(
      ['org.read', 'stats.read', 'user.write', 'activity.read', 'venue.read', 'volunteer.read', 'report.read', 'theory.read', 'honour.read', 'inquiry.read'],
      [tree.city],
      [tree.countyB],
    );
    expect(
      await refusal(assertGrantable(tdb.db, granter, { roles: ['viewer'], viewRoots: [tree.city, tree.villageA], entryRoots: [tree.countyB, tree.villageB] })),
    ).toBeNull();
  });

  it('checks view roots against the view scope and entry roots against the entry scope', async () => {
    const granter = actor(['org.read', 'user.write'], [tree.city], [tree.countyB]);
    const entry = await refusal(assertGrantable(tdb.db, granter, { roles: [], viewRoots: [tree.countyA], entryRoots: [tree.villageA] }));
    expect(entry).toEqual({ code: 'IDENTITY_GRANT_OUT_OF_SCOPE', params: { name: '甲一社区' } });
    const narrow = actor(['org.read', 'user.write'], [tree.countyB], [tree.countyB]);
    const view = await refusal(assertGrantable(tdb.db, narrow, { roles: [], viewRoots: [tree.countyB, tree.countyA], entryRoots: [] }));
    expect(view).toEqual({ code: 'IDENTITY_GRANT_OUT_OF_SCOPE', params: { name: `#${tree.countyA}` } });
  });

  it('treats an unknown org like an unseen one', async () => {
    const granter = actor(['org.read', 'user.write'], [tree.city], [tree.city]);
    expect(await refusal(assertGrantable(tdb.db, granter, { roles: [], viewRoots: [999_999], entryRoots: [] }))).toEqual({
      code: 'IDENTITY_GRANT_OUT_OF_SCOPE',
      params: { name: '#999999' },
    });
  });

  it('lets a granter with no scope grant no roots at all', async () => {
    const granter = actor(['org.read', 'user.write'], [], []);
    expect((await refusal(assertGrantable(tdb.db, granter, { roles: [], viewRoots: [tree.villageB], entryRoots: [] })))?.code).toBe(
      'IDENTITY_GRANT_OUT_OF_SCOPE',
    );
  });
});
