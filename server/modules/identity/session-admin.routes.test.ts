import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureTree, loadFixtureTree } from '../../test/fixture-tree';
import { createTestApp, createTestDb, createTestUser, signIn, type TestClient, type TestDb } from '../../test/harness';
import { sessionIdOf } from './session.service';

let tdb: TestDb;
let app: FastifyInstance;
let tree: FixtureTree;
let adminB: TestClient;
let clerkBId: number;
let clerkAId: number;

beforeAll(async () => {
  tdb = await createTestDb();
  tree = await loadFixtureTree(tdb.db);
  await createTestUser(tdb.db, { username: 'admin_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'watcher_b', orgId: tree.countyB, roles: ['county_admin'], view: [tree.city], entry: [tree.countyB] });
  await createTestUser(tdb.db, { username: 'viewer_b', orgId: tree.countyB, roles: ['viewer'], view: [tree.countyB] });
  clerkBId = await createTestUser(tdb.db, { username: 'clerk_b', orgId: tree.townshipB, roles: ['township_clerk'], view: [tree.townshipB] });
  clerkAId = await createTestUser(tdb.db, { username: 'clerk_a', orgId: tree.townshipA, roles: ['township_clerk'], view: [tree.townshipA] });
  app = await createTestApp(tdb);
  adminB = await signIn(app, 'admin_b');
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('session administration', () => {
  it('lists active sessions of accounts in the view scope only', async () => {
    const clerkB = await signIn(app, 'clerk_b');
    await signIn(app, 'clerk_a');
    const all = await adminB.request({ method: 'GET', url: '/api/sessions' });
    expect(all.statusCode).toBe(200);
    const users = (all.json().items as { username: string }[]).map((s) => s.username);
    expect(users).toContain('clerk_b');
    expect(users).not.toContain('clerk_a');
    const one = await adminB.request({ method: 'GET', url: '/api/sessions', query: { userId: clerkBId } });
    expect(one.json().items).toEqual([expect.objectContaining({ id: sessionIdOf(clerkB.cookie), userId: clerkBId, active: true, current: false })]);
    const other = await adminB.request({ method: 'GET', url: '/api/sessions', query: { userId: clerkAId, activeOnly: 'false' } });
    expect(other.json()).toMatchObject({ items: [], total: 0 });
  });

  it('signs out a session in the entry scope and audits it', async () => {
    const clerkB = await signIn(app, 'clerk_b');
    const id = sessionIdOf(clerkB.cookie);
    const res = await adminB.request({ method: 'DELETE', url: `/api/sessions/${id}` });
    expect(res.statusCode).toBe(204);
    expect((await clerkB.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const active = await adminB.request({ method: 'GET', url: '/api/sessions', query: { userId: clerkBId } });
    expect((active.json().items as { id: string }[]).map((s) => s.id)).not.toContain(id);
    const audit = await tdb.db.selectFrom('auditLog').select(['username', 'summary']).where('action', '=', 'session.revoke').executeTakeFirstOrThrow();
    expect(audit).toEqual({ username: 'admin_b', summary: { userId: clerkBId } });
  });

  it('cannot sign out a session outside the entry scope, even one it can see', async () => {
    const clerkA = await signIn(app, 'clerk_a');
    const id = sessionIdOf(clerkA.cookie);
    expect((await adminB.request({ method: 'DELETE', url: `/api/sessions/${id}` })).statusCode).toBe(404);
    const watcher = await signIn(app, 'watcher_b');
    expect((await watcher.request({ method: 'GET', url: '/api/sessions', query: { userId: clerkAId } })).json().total).toBeGreaterThan(0);
    expect((await watcher.request({ method: 'DELETE', url: `/api/sessions/${id}` })).statusCode).toBe(404);
    expect((await clerkA.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('is closed to roles without session.admin', async () => {
    const viewer = await signIn(app, 'viewer_b');
    expect((await viewer.request({ method: 'GET', url: '/api/sessions' })).statusCode).toBe(403);
  });
});
