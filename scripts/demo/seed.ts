import { type Kysely, sql } from 'kysely';
import { ROLE_LABELS, type Role } from '../../contracts/identity/permissions';
import { hashPassword, saveGrants } from '../../server/modules/identity';
import { bulkInsertOrgs } from '../../server/modules/identity/org.bulk';
import type { Database } from '../../server/platform/db/database';
import { agencyKey, DEMO_CITY_CODE, DEMO_CITY_KEY, demoOrgTree, regionKey } from './org-tree';

/** A demo login as the seed reports it: labelled, shared password, role and org in Chinese. */
export interface DemoAccount {
  username: string;
  password: string;
  role: string;
  org: string;
  mustChangePassword: boolean;
}

/** The password of every demo account; it is printed at start-up and on the sign-in page, so it protects nothing. */
export const DEMO_PASSWORD = 'Demo#2026xw';

const FIRST_DISTRICT = '419902';
const NEIGHBOUR_DISTRICT = '419903';

interface AccountPlan {
  username: string;
  displayName: string;
  role: Role;
  orgKey: string;
  view: string[];
  entry: string[];
  mustChangePassword: boolean;
}

function plans(firstTownshipKey: string): AccountPlan[] {
  const city = DEMO_CITY_KEY;
  const first = regionKey(FIRST_DISTRICT);
  const neighbour = regionKey(NEIGHBOUR_DISTRICT);
  const cityPublicity = agencyKey(DEMO_CITY_CODE, 'publicity');
  return [
    { username: 'admin', displayName: '系统管理员（演示）', role: 'system_admin', orgKey: city, view: [city], entry: [city], mustChangePassword: false },
    {
      username: 'shi_admin',
      displayName: '市级管理员（演示）',
      role: 'city_admin',
      orgKey: cityPublicity,
      view: [city],
      entry: [city],
      mustChangePassword: false,
    },
    {
      username: 'xian_admin',
      displayName: '淇阳区管理员（演示）',
      role: 'county_admin',
      orgKey: agencyKey(FIRST_DISTRICT, 'publicity'),
      view: [first],
      entry: [first],
      mustChangePassword: false,
    },
    {
      username: 'xian2_admin',
      displayName: '川东区管理员（演示）',
      role: 'county_admin',
      orgKey: agencyKey(NEIGHBOUR_DISTRICT, 'publicity'),
      view: [neighbour],
      entry: [neighbour],
      mustChangePassword: false,
    },
    {
      username: 'xiangzhen',
      displayName: '街道信息员（演示）',
      role: 'township_clerk',
      orgKey: firstTownshipKey,
      view: [firstTownshipKey],
      entry: [firstTownshipKey],
      mustChangePassword: false,
    },
    {
      username: 'shenhe',
      displayName: '审核员（演示）',
      role: 'reviewer',
      orgKey: agencyKey(FIRST_DISTRICT, 'publicity'),
      view: [city],
      entry: [first],
      mustChangePassword: false,
    },
    {
      username: 'bumen',
      displayName: '文广旅局问政办理员（演示）',
      role: 'township_clerk',
      orgKey: agencyKey(DEMO_CITY_CODE, 'culture'),
      view: [agencyKey(DEMO_CITY_CODE, 'culture')],
      entry: [agencyKey(DEMO_CITY_CODE, 'culture')],
      mustChangePassword: false,
    },
    { username: 'chakan', displayName: '查看员（演示）', role: 'viewer', orgKey: cityPublicity, view: [city], entry: [], mustChangePassword: false },
    { username: 'xinren', displayName: '新用户（演示）', role: 'viewer', orgKey: neighbour, view: [neighbour], entry: [], mustChangePassword: true },
  ];
}

/**
 * Loads the demo city and its labelled demo accounts into an empty database in one transaction.
 * Refuses (returns [] and changes nothing) when any org exists, so it never mixes with real data.
 */
export async function seedDemo(db: Kysely<Database>): Promise<DemoAccount[]> {
  const nodes = demoOrgTree();
  const firstTownship = nodes.find((n) => n.level === 'township' && n.parentKey === regionKey(FIRST_DISTRICT));
  if (!firstTownship) throw new Error('the demo city has no township in its first district');
  const accounts = plans(firstTownship.key);
  const nameOf = new Map(nodes.map((n) => [n.key, n.name]));
  // Hashed before the transaction opens: argon2 is slow on purpose, and PGlite serialises everything behind an open transaction.
  const hashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));

  const seeded = await db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
    if (existing) return [];
    const ids = await bulkInsertOrgs(tx, nodes);
    const idOf = (key: string) => {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`demo org ${key} missing`);
      return id;
    };
    const out: DemoAccount[] = [];
    for (const [i, a] of accounts.entries()) {
      const user = await tx
        .insertInto('users')
        .values({
          username: a.username,
          displayName: a.displayName,
          orgId: idOf(a.orgKey),
          passwordHash: hashes[i] ?? '',
          mustChangePassword: a.mustChangePassword,
          isDemo: true,
          phoneEnc: null,
          phoneHash: null,
          lockedUntil: null,
          lastLoginAt: null,
          passwordChangedAt: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await saveGrants(tx, user.id, { roles: [a.role], viewRoots: a.view.map(idOf), entryRoots: a.entry.map(idOf) });
      out.push({
        username: a.username,
        password: DEMO_PASSWORD,
        role: ROLE_LABELS[a.role]['zh-CN'],
        org: nameOf.get(a.orgKey) ?? '',
        mustChangePassword: a.mustChangePassword,
      });
    }
    return out;
  });
  // Planner statistics of freshly bulk-loaded tables are empty until autovacuum passes; scoped queries are 10x slower until then.
  if (seeded.length > 0) await sql`analyze orgs, org_links, org_closure`.execute(db);
  return seeded;
}
