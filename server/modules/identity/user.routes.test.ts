import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetsPasswordPolicy } from '../../../contracts/identity/password-policy';
import { PersonalDataCipher } from '../../platform/crypto/personal-data';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, TEST_PASSWORD, type TestClient, type TestDb, testConfig } from '../../test/harness';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let adminB: TestClient;
let watcherB: TestClient;
let adminBId: number;
let adminAId: number;
let widerId: number;
const cipher = new PersonalDataCipher(testConfig().dataKey, testConfig().hashKey);

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  adminBId = await createTestUser(tdb.db, { username: 'admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  // Sees the whole city but may change only county B.
  await createTestUser(tdb.db, { username: 'watcher_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.city], entry: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'clerk_b', orgId: tree.townshipB, roles: ['township_clerk'], view: [tree.townshipB] });
  adminAId = await createTestUser(tdb.db, { username: 'admin_a', orgId: tree.countyA, roles: ['county_admin'], view: [tree.countyA] });
  // Sits in county B but reads the whole city: more than county B's admin could grant.
  widerId = await createTestUser(tdb.db, { username: 'wider_b', orgId: tree.townshipB, roles: ['viewer'], view: [tree.city], entry: [tree.townshipB] });
  app = await createTestApp(tdb);
  adminB = await signIn(app, 'admin_b');
  watcherB = await signIn(app, 'watcher_b');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

function newUser(username: string, extra: Record<string, unknown> = {}) {
  return {
    username,
    displayName: `用户${username}`,
    orgId: tree.villageB,
    roles: ['township_clerk'],
    viewScope: [tree.townshipB],
    entryScope: [tree.villageB],
    ...extra,
  };
}

async function create(client: TestClient, body: Record<string, unknown>) {
  return client.request({ method: 'POST', url: '/api/users', body });
}

async function auditSummaries(): Promise<string> {
  const rows = await tdb.db.selectFrom('auditLog').select('summary').execute();
  return JSON.stringify(rows.map((r) => r.summary));
}

describe('creating accounts', () => {
  it('creates an account with a one-time temporary password that must be changed at first sign-in', async () => {
    const res = await create(adminB, newUser('li_ming'));
    expect(res.statusCode).toBe(200);
    const { user, temporaryPassword } = res.json();
    expect(meetsPasswordPolicy(temporaryPassword)).toBe(true);
    expect(user).toMatchObject({
      username: 'li_ming',
      org: { id: tree.villageB, name: '乙一村' },
      roles: ['township_clerk'],
      viewScope: [{ id: tree.townshipB, name: '乙一镇' }],
      entryScope: [{ id: tree.villageB, name: '乙一村' }],
      mustChangePassword: true,
      disabled: false,
    });
    const stored = await tdb.db.selectFrom('users').select('passwordHash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const client = await signIn(app, 'li_ming', temporaryPassword);
    const blocked = await client.request({ method: 'GET', url: '/api/auth/sessions' });
    expect(blocked.json().error.code).toBe('COMMON_PASSWORD_CHANGE_REQUIRED');
    const audit = await tdb.db
      .selectFrom('auditLog')
      .select(['summary', 'username'])
      .where('action', '=', 'user.create')
      .where('targetId', '=', String(user.id))
      .executeTakeFirstOrThrow();
    expect(audit.username).toBe('admin_b');
    expect(JSON.stringify(audit.summary)).not.toContain(temporaryPassword);
  });

  it('uses an initial password when one is given', async () => {
    const res = await create(adminB, newUser('wang_fang', { initialPassword: 'Given#Pass2026' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().temporaryPassword).toBe('Given#Pass2026');
    await signIn(app, 'wang_fang', 'Given#Pass2026');
    expect(await auditSummaries()).not.toContain('Given#Pass2026');
  });

  it('stores the phone SM4-encrypted with a lookup hash, and shows it masked only', async () => {
    const res = await create(adminB, newUser('zhao_lei', { phone: '13812345678' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().user.phoneMasked).toBe('138****5678');
    expect(res.body).not.toContain('13812345678');
    const row = await tdb.db.selectFrom('users').select(['id', 'phoneEnc', 'phoneHash']).where('username', '=', 'zhao_lei').executeTakeFirstOrThrow();
    expect(row.phoneEnc).not.toBeNull();
    expect(row.phoneEnc?.toString('latin1')).not.toContain('13812345678');
    expect(row.phoneEnc?.toString('hex')).not.toContain(Buffer.from('13812345678').toString('hex'));
    expect(cipher.decrypt(row.phoneEnc as Buffer)).toBe('13812345678');
    const found = await tdb.db.selectFrom('users').select('username').where('phoneHash', '=', cipher.lookupHash('13812345678')).execute();
    expect(found.map((u) => u.username)).toEqual(['zhao_lei']);
    const listed = await adminB.request({ method: 'GET', url: '/api/users', query: { q: 'zhao_lei' } });
    expect(listed.json().items[0].phoneMasked).toBe('138****5678');
    expect(listed.body).not.toContain('13812345678');
    expect(await auditSummaries()).not.toContain('13812345678');
  });

  it('refuses a username already taken in any case', async () => {
    const res = await create(adminB, newUser('CLERK_B'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'IDENTITY_USERNAME_TAKEN', params: { username: 'CLERK_B' } });
  });

  it('refuses an org outside the entry scope: unseen as not found, seen but not changeable as out of scope', async () => {
    const unseen = await create(adminB, newUser('nobody1', { orgId: tree.villageA }));
    expect(unseen.statusCode).toBe(404);
    const seen = await create(watcherB, newUser('nobody2', { orgId: tree.villageA }));
    expect(seen.statusCode).toBe(403);
    expect(seen.json().error.code).toBe('COMMON_OUT_OF_SCOPE');
  });

  it('refuses scope roots beyond the granter’s own, naming the org only when the granter can see it', async () => {
    const view = await create(adminB, newUser('nobody3', { viewScope: [tree.city] }));
    expect(view.statusCode).toBe(403);
    expect(view.json().error).toMatchObject({ code: 'IDENTITY_GRANT_OUT_OF_SCOPE', params: { name: `#${tree.city}` } });
    const hidden = await create(adminB, newUser('nobody4', { entryScope: [tree.townshipA] }));
    expect(hidden.json().error.params).toEqual({ name: `#${tree.townshipA}` });
    expect(hidden.body).not.toContain('甲');
    const entry = await create(watcherB, newUser('nobody5', { viewScope: [tree.city], entryScope: [tree.countyA] }));
    expect(entry.statusCode).toBe(403);
    expect(entry.json().error).toMatchObject({ code: 'IDENTITY_GRANT_OUT_OF_SCOPE', params: { name: '甲区' } });
    const made = await tdb.db.selectFrom('users').select('username').where('username', 'like', 'nobody%').execute();
    expect(made).toEqual([]);
  });

  it('refuses account administration to roles without user.write', async () => {
    const clerk = await signIn(app, 'clerk_b');
    const res = await create(clerk, newUser('nobody6', { roles: ['viewer'] }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('COMMON_FORBIDDEN');
  });
});

describe('finding accounts', () => {
  it('lists only accounts in the view scope', async () => {
    const res = await adminB.request({ method: 'GET', url: '/api/users', query: { pageSize: 200 } });
    expect(res.statusCode).toBe(200);
    const names = (res.json().items as { username: string }[]).map((u) => u.username);
    expect(names).toContain('clerk_b');
    expect(names).not.toContain('admin_a');
    expect(res.json().total).toBe(names.length);
  });

  it('matches q literally against username and display name', async () => {
    await create(adminB, newUser('ab_cd'));
    await create(adminB, newUser('abxcd'));
    const underscore = await adminB.request({ method: 'GET', url: '/api/users', query: { q: 'b_c' } });
    expect(underscore.json().items.map((u: { username: string }) => u.username)).toEqual(['ab_cd']);
    const percent = await adminB.request({ method: 'GET', url: '/api/users', query: { q: '%' } });
    expect(percent.json().total).toBe(0);
    const display = await adminB.request({ method: 'GET', url: '/api/users', query: { q: '用户abx' } });
    expect(display.json().items.map((u: { username: string }) => u.username)).toEqual(['abxcd']);
  });

  it('filters by org subtree and by role; an org outside the view is not found', async () => {
    const sub = await adminB.request({ method: 'GET', url: '/api/users', query: { orgId: tree.townshipB, pageSize: 200 } });
    const names = (sub.json().items as { username: string }[]).map((u) => u.username);
    expect(names).toContain('clerk_b');
    expect(names).toContain('li_ming');
    expect(names).not.toContain('admin_b');
    const role = await adminB.request({ method: 'GET', url: '/api/users', query: { role: 'county_admin', pageSize: 200 } });
    expect((role.json().items as { username: string }[]).map((u) => u.username).sort()).toEqual(['admin_b', 'watcher_b']);
    const outside = await adminB.request({ method: 'GET', url: '/api/users', query: { orgId: tree.countyA } });
    expect(outside.statusCode).toBe(404);
  });

  it('hides an account outside the view scope', async () => {
    expect((await adminB.request({ method: 'GET', url: `/api/users/${adminAId}` })).statusCode).toBe(404);
    const wider = await adminB.request({ method: 'GET', url: `/api/users/${widerId}` });
    expect(wider.statusCode).toBe(200);
    expect(wider.json().viewScope).toEqual([{ id: tree.city, name: `#${tree.city}` }]);
  });
});

describe('editing accounts', () => {
  it('edits fields, roles and phone, and audits the change without the number', async () => {
    const { user } = (await create(adminB, newUser('sun_li', { phone: '13900001111' }))).json();
    const res = await adminB.request({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      body: { displayName: '孙丽', roles: ['reviewer'], phone: '13722223333' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '孙丽', roles: ['reviewer'], phoneMasked: '137****3333' });
    const cleared = await adminB.request({ method: 'PATCH', url: `/api/users/${user.id}`, body: { phone: null } });
    expect(cleared.json().phoneMasked).toBeNull();
    const row = await tdb.db.selectFrom('users').select(['phoneEnc', 'phoneHash']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ phoneEnc: null, phoneHash: null });
    const audits = await tdb.db
      .selectFrom('auditLog')
      .select('summary')
      .where('action', '=', 'user.update')
      .where('targetId', '=', String(user.id))
      .orderBy('id')
      .execute();
    expect(audits[0]?.summary).toMatchObject({ changed: ['displayName', 'roles', 'phone'], roles: ['reviewer'], phone: '137****3333' });
    expect(JSON.stringify(audits)).not.toContain('13722223333');
  });

  it('applies the grant rules to new roots and a new org', async () => {
    const { user } = (await create(adminB, newUser('zhou_yu'))).json();
    const root = await adminB.request({ method: 'PATCH', url: `/api/users/${user.id}`, body: { viewScope: [tree.countyA] } });
    expect(root.json().error.code).toBe('IDENTITY_GRANT_OUT_OF_SCOPE');
    const org = await adminB.request({ method: 'PATCH', url: `/api/users/${user.id}`, body: { orgId: tree.villageA } });
    expect(org.statusCode).toBe(404);
    expect((await adminB.request({ method: 'GET', url: `/api/users/${user.id}` })).json().org.id).toBe(tree.villageB);
  });

  it('refuses accounts outside the entry scope, and accounts holding more than the admin could grant', async () => {
    const seen = await watcherB.request({ method: 'PATCH', url: `/api/users/${adminAId}`, body: { displayName: 'x' } });
    expect(seen.statusCode).toBe(403);
    expect(seen.json().error.code).toBe('COMMON_OUT_OF_SCOPE');
    const wider = await adminB.request({ method: 'PATCH', url: `/api/users/${widerId}`, body: { displayName: 'x' } });
    expect(wider.statusCode).toBe(403);
    expect(wider.json().error.code).toBe('IDENTITY_GRANT_OUT_OF_SCOPE');
    const reset = await adminB.request({ method: 'POST', url: `/api/users/${widerId}/reset-password` });
    expect(reset.statusCode).toBe(403);
  });
});

describe('reset, lock and unlock', () => {
  it('resets a password: the old one stops working, sessions end, a change is forced', async () => {
    await create(adminB, newUser('qian_wu', { initialPassword: TEST_PASSWORD }));
    const target = await tdb.db.selectFrom('users').select('id').where('username', '=', 'qian_wu').executeTakeFirstOrThrow();
    await tdb.db.updateTable('users').set({ mustChangePassword: false }).where('id', '=', target.id).execute();
    const session = await signIn(app, 'qian_wu');
    const res = await adminB.request({ method: 'POST', url: `/api/users/${target.id}/reset-password` });
    expect(res.statusCode).toBe(200);
    const { user, temporaryPassword } = res.json();
    expect(user.mustChangePassword).toBe(true);
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const old = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'qian_wu', password: TEST_PASSWORD } });
    expect(old.statusCode).toBe(401);
    const fresh = await signIn(app, 'qian_wu', temporaryPassword);
    expect((await fresh.request({ method: 'GET', url: '/api/auth/sessions' })).json().error.code).toBe('COMMON_PASSWORD_CHANGE_REQUIRED');
    expect(await auditSummaries()).not.toContain(temporaryPassword);
  });

  it('locks an account, ending its sessions and refusing sign-in; unlock restores it', async () => {
    const target = await tdb.db.selectFrom('users').select('id').where('username', '=', 'clerk_b').executeTakeFirstOrThrow();
    const session = await signIn(app, 'clerk_b');
    const locked = await adminB.request({ method: 'POST', url: `/api/users/${target.id}/lock` });
    expect(locked.statusCode).toBe(200);
    expect(locked.json().disabled).toBe(true);
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const refused = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'clerk_b', password: TEST_PASSWORD } });
    expect(refused.json().error.code).toBe('IDENTITY_ACCOUNT_DISABLED');
    const unlocked = await adminB.request({ method: 'POST', url: `/api/users/${target.id}/unlock` });
    expect(unlocked.json().disabled).toBe(false);
    await signIn(app, 'clerk_b');
    const actions = await tdb.db.selectFrom('auditLog').select('action').where('targetId', '=', String(target.id)).where('username', '=', 'admin_b').execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['user.lock', 'user.unlock']));
  });

  it('unlock also lifts a timed lock from failed sign-ins', async () => {
    const target = await tdb.db.selectFrom('users').select('id').where('username', '=', 'clerk_b').executeTakeFirstOrThrow();
    await tdb.db
      .updateTable('users')
      .set({ failedLogins: 3, lockedUntil: new Date(Date.now() + 600_000) })
      .where('id', '=', target.id)
      .execute();
    const refused = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'clerk_b', password: TEST_PASSWORD } });
    expect(refused.statusCode).toBe(423);
    await adminB.request({ method: 'POST', url: `/api/users/${target.id}/unlock` });
    const row = await tdb.db.selectFrom('users').select(['failedLogins', 'lockedUntil']).where('id', '=', target.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ failedLogins: 0, lockedUntil: null });
    await signIn(app, 'clerk_b');
  });

  it('refuses to lock one’s own account', async () => {
    const res = await adminB.request({ method: 'POST', url: `/api/users/${adminBId}/lock` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('IDENTITY_SELF_LOCK');
    expect((await adminB.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });
});
