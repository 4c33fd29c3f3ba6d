import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestDb, createTestUser, signIn, TEST_PASSWORD, type TestDb } from '../../test/harness';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  await createTestUser(tdb.db, { username: 'newbie', orgId: tree.countyA, roles: ['viewer'], view: [tree.countyA], mustChangePassword: true });
  await createTestUser(tdb.db, { username: 'locky', orgId: tree.countyA, roles: ['viewer'], view: [tree.countyA] });
  app = await createTestApp(tdb);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

async function auditActions(username: string): Promise<string[]> {
  const rows = await tdb.db.selectFrom('auditLog').select('action').where('username', '=', username).orderBy('id').execute();
  return rows.map((r) => r.action);
}

describe('sign-in', () => {
  it('answers health without a session, naming the database and migration', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', migration: tdb.migrationVersion, database: tdb.kind });
  });

  it('signs in, sets an httpOnly SameSite cookie and audits the login', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'clerk_a', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'xw_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json().me).toMatchObject({
      username: 'clerk_a',
      permissions: [
        'org.read',
        'stats.read',
        'activity.read',
        'activity.write',
        'venue.read',
        'venue.write',
        'volunteer.read',
        'volunteer.write',
        'theory.read',
        'theory.write',
        'honour.read',
        'honour.write',
        'inquiry.read',
        'inquiry.handle',
      ],
    });
    expect(await auditActions('clerk_a')).toContain('auth.login');
    const stored = await tdb.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie?.value);
  });

  it('refuses a wrong password with a Chinese message and audits the failure', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'clerk_a', password: 'wrong' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'IDENTITY_BAD_CREDENTIALS', message: '用户名或密码错误' });
    expect(await auditActions('clerk_a')).toContain('auth.login_failed');
  });

  it('answers in English when asked', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.json().error.message).toBe('Wrong username or password');
  });

  it('locks an account for 10 minutes after 5 failures, even for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locky', password: 'bad' } });
      expect(res.statusCode).toBe(401);
    }
    const fifth = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locky', password: 'bad' } });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('10 分钟');
    const right = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locky', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(423);
  });

  it('forces a first-login password change before anything else', async () => {
    const client = await signIn(app, 'newbie');
    const blocked = await client.request({ method: 'GET', url: '/api/auth/sessions' });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('COMMON_PASSWORD_CHANGE_REQUIRED');
    const weak = await client.request({ method: 'POST', url: '/api/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: 'abcdefgh' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0]).toMatchObject({ path: 'body.newPassword' });
    const ok = await client.request({ method: 'POST', url: '/api/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: 'Fresh#Start2026' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().me.mustChangePassword).toBe(false);
    expect((await client.request({ method: 'GET', url: '/api/auth/sessions' })).statusCode).toBe(200);
    await signIn(app, 'newbie', 'Fresh#Start2026');
  });

  it('refuses a write without the CSRF token and changes nothing', async () => {
    const client = await signIn(app, 'clerk_a');
    const res = await app.inject({ method: 'POST', url: '/api/auth/logout', cookies: { xw_session: client.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('COMMON_CSRF');
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('treats a forged cookie as signed out', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { xw_session: 'forged-token' } });
    expect(res.statusCode).toBe(401);
  });

  it('expires a session idle for more than 30 minutes', async () => {
    const client = await signIn(app, 'clerk_a');
    await tdb.db
      .updateTable('sessions')
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where('revokedAt', 'is', null)
      .execute();
    const res = await client.request({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('COMMON_SESSION_EXPIRED');
  });

  it('logs out, revoking the session', async () => {
    const client = await signIn(app, 'clerk_a');
    expect((await client.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect(await auditActions('clerk_a')).toContain('auth.logout');
  });

  it('lists and revokes my own sessions', async () => {
    const one = await signIn(app, 'clerk_a');
    const two = await signIn(app, 'clerk_a');
    const list = await one.request({ method: 'GET', url: '/api/auth/sessions' });
    const items = list.json().items as { id: string; current: boolean; active: boolean }[];
    const other = items.find((s) => s.active && !s.current);
    expect(other).toBeDefined();
    expect((await one.request({ method: 'DELETE', url: `/api/auth/sessions/${other?.id}` })).statusCode).toBe(204);
    expect((await two.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('refuses malformed JSON and unknown fields clearly', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('COMMON_MALFORMED_JSON');
    const extra = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 'b', admin: true } });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.fields[0].message).toContain('admin');
    const huge = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 'x'.repeat(2_000_000) } });
    expect(huge.statusCode).toBe(413);
  });
});
